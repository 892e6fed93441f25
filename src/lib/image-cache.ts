/**
 * The site's image pipeline: encodes a job (src/lib/image-jobs.ts) with sharp
 * into a content-addressed cache folder, once, and links (or copies) cached
 * files into a build. The cache is keyed by the source's digest and the
 * transform, so it stays right across builds, branches and fresh checkouts,
 * and a warm build reads no original at all.
 */
import { constants } from 'node:fs';
import { copyFile, link, mkdir, rename, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { ImageJob } from './image-jobs.ts';

/**
 * Files encoded at a time: twice the cores. Measured on 2 vCPUs (README
 * "Images"), a cover's three files: two at a time 56.7 ms a photo, four 51.4,
 * eight 58.3.
 */
const CONCURRENCY = Math.max(2, os.availableParallelism() * 2);

/** Runs at most `limit` tasks at once, in the order they were given. */
function limiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((go) => waiting.push(go));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export class ImageCache {
  /** Files encoded by this cache object, and files found already encoded. */
  readonly counts = { encoded: 0, reused: 0 };
  readonly #root: string;
  readonly #dir: string;
  readonly #pending = new Map<string, Promise<string>>();
  readonly #encode = limiter(CONCURRENCY);
  readonly #place = limiter(32);
  #linkable = true;

  /** `root`: what jobs' sources are relative to; `dir`: the cache folder. */
  constructor(root: string, dir: string) {
    this.#root = root;
    this.#dir = dir;
  }

  /** The cached file of `job`, encoded first when it is not there yet (each job once, however often asked). */
  file(job: ImageJob): Promise<string> {
    let pending = this.#pending.get(job.key);
    if (!pending) {
      pending = this.#ensure(job);
      this.#pending.set(job.key, pending);
    }
    return pending;
  }

  async #ensure(job: ImageJob): Promise<string> {
    const cached = path.join(this.#dir, job.key);
    if (
      await stat(cached).then(
        (s) => s.isFile(),
        () => false,
      )
    ) {
      this.counts.reused++;
      return cached;
    }
    await this.#encode(async () => {
      await mkdir(this.#dir, { recursive: true });
      // Written beside, then renamed: a build stopped halfway leaves no half file in the cache.
      const partial = `${cached}.${process.pid}.part`;
      await sharp(path.resolve(this.#root, job.source), { failOn: 'none' })
        .rotate()
        .resize({ width: job.width, withoutEnlargement: true })
        .jpeg({ quality: job.quality })
        .toFile(partial);
      await rename(partial, cached);
    });
    this.counts.encoded++;
    return cached;
  }

  /**
   * Puts `job`'s file at `target`, in a folder that exists (encoding it first
   * if need be): a hard link to the cached file where the output is on the
   * same file system (the cache files are never written again, so sharing is
   * safe, and a link is a fraction of a copy's time), else a copy.
   */
  async writeTo(job: ImageJob, target: string): Promise<void> {
    const cached = await this.file(job);
    await this.#place(async () => {
      if (this.#linkable) {
        try {
          await link(cached, target);
          return;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EEXIST') {
            await unlink(target);
            await link(cached, target);
            return;
          }
          // Another file system (EXDEV) or one without hard links: copy from now on.
          this.#linkable = false;
        }
      }
      await copyFile(cached, target, constants.COPYFILE_FICLONE);
    });
  }
}
