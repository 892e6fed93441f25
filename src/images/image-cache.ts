/**
 * The site's image pipeline: encodes a job (src/images/image-jobs.ts) with sharp
 * into a content-addressed cache folder, once, and links (or copies) cached
 * files into a build. The cache is keyed by the source's digest and the
 * transform, so it stays right across builds, branches and fresh checkouts,
 * and a warm build reads no original at all. Each file's size and digest are
 * recorded when it is encoded (src/cache/digest-record.ts) and checked before
 * it is used: a cached file cut short or changed is encoded again.
 */
import { constants } from 'node:fs';
import { copyFile, link, mkdir, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { type FileRecord, matches, readRecord, sizeMatches, writeRecord } from '../cache/digest-record.ts';
import { sha1 } from '../cache/file-digest.ts';
import type { ImageJob } from './image-jobs.ts';
import { writeAside } from '../cache/write-aside.ts';

/** Originals worked on at a time: twice the cores (docs/benchmarks.md, "Images"). */
const CONCURRENCY = Math.max(2, os.availableParallelism() * 2);

/** Huffman tables not optimised: slightly larger files for much less time (docs/benchmarks.md, "Images"). */
const JPEG_OPTIONS = { optimiseCoding: false } as const;

/** A job asked for and not yet looked up, with its caller's promise (true: encoded by this cache object). */
interface Waiter {
  job: ImageJob;
  resolve: (encodedHere: boolean) => void;
  reject: (error: unknown) => void;
}

export class ImageCache {
  /** Files encoded and files found already encoded by this cache object; originals it decoded to encode them. */
  readonly counts = { encoded: 0, reused: 0, originals: 0 };
  readonly #root: string;
  readonly #dir: string;
  /** Per job: the file is there, encoded here (true) or found with its recorded size (false). */
  readonly #found = new Map<string, Promise<boolean>>();
  /** Per job: the file is there and checked against its record (or encoded here). */
  readonly #pending = new Map<string, Promise<string>>();
  /** Jobs asked for in this turn of the event loop, by source: one source is decoded once for all of them. */
  readonly #asked = new Map<string, Waiter[]>();
  readonly #encode = pLimit(CONCURRENCY);
  readonly #place = pLimit(32);
  /** Cached files read and hashed at a time (a build asks for all its files at once: 4,500 at 1,500 entries). */
  readonly #check = pLimit(32);
  #linkable = true;
  /** Size and digest of each cached file, by job key, as it was encoded. */
  #record: Promise<Map<string, FileRecord>> | undefined;
  #recordChanged = false;
  #saveTimer: NodeJS.Timeout | undefined;
  #saving = Promise.resolve();

  /** `root`: what jobs' sources are relative to; `dir`: the cache folder. */
  constructor(root: string, dir: string) {
    this.#root = root;
    this.#dir = dir;
  }

  /**
   * Starts encoding `job` if its cached file is missing or not the size
   * recorded (each job once, however often asked), without reading any
   * cached file: called while pages render, on the thread that renders them.
   * The widths of one source asked for in the same turn of the event loop (a
   * picture's srcset) are made from one decoding of the original.
   */
  prepare(job: ImageJob): Promise<boolean> {
    let found = this.#found.get(job.key);
    if (!found) {
      found = new Promise<boolean>((resolve, reject) => {
        if (!this.#asked.size) setImmediate(() => this.#lookUp());
        const siblings = this.#asked.get(job.source);
        if (siblings) siblings.push({ job, resolve, reject });
        else this.#asked.set(job.source, [{ job, resolve, reject }]);
      });
      this.#found.set(job.key, found);
    }
    return found;
  }

  /**
   * The cached file of `job`, ready to publish: prepared (above), and, unless
   * encoded by this cache object, its bytes checked against the digest
   * recorded when it was encoded; a file that does not match is encoded again.
   */
  file(job: ImageJob): Promise<string> {
    let pending = this.#pending.get(job.key);
    if (!pending) {
      pending = this.#checked(job);
      this.#pending.set(job.key, pending);
    }
    return pending;
  }

  async #checked(job: ImageJob): Promise<string> {
    const cached = path.join(this.#dir, job.key);
    if (await this.prepare(job)) return cached;
    const record = await this.#records();
    if (await this.#check(() => matches(cached, record.get(job.key)))) {
      this.counts.reused++;
      return cached;
    }
    await this.#encode(() => this.#encodeAll([job]));
    return cached;
  }

  #lookUp(): void {
    const sources = [...this.#asked.values()];
    this.#asked.clear();
    for (const waiters of sources) void this.#ensure(waiters);
  }

  #records(): Promise<Map<string, FileRecord>> {
    return (this.#record ??= readRecord(this.#dir));
  }

  /** Writes the record of the files encoded, if any was added (one write at a time: they share a `.part` name). */
  saveRecord(): Promise<void> {
    this.#saving = this.#saving
      .catch(() => {})
      .then(async () => {
        if (!this.#recordChanged) return;
        this.#recordChanged = false;
        await writeRecord(this.#dir, await this.#records());
      });
    return this.#saving;
  }

  /**
   * Notes a file encoded, and writes the record at most every 30 s while
   * encoding goes on: a long build killed near its end (or `astro dev`,
   * which has no end) keeps most of its work; a file the record missed is
   * only encoded again.
   */
  #recorded(): void {
    this.#recordChanged = true;
    this.#saveTimer ??= setTimeout(() => {
      this.#saveTimer = undefined;
      void this.saveRecord().catch(() => {});
    }, 30_000).unref();
  }

  /** One source's jobs: those cached at their recorded size resolved, the others encoded from one decoding. */
  async #ensure(waiters: Waiter[]): Promise<void> {
    const missing: Waiter[] = [];
    const record = await this.#records();
    await Promise.all(
      waiters.map(async (waiter) => {
        if (await sizeMatches(path.join(this.#dir, waiter.job.key), record.get(waiter.job.key))) waiter.resolve(false);
        else missing.push(waiter);
      }),
    );
    if (!missing.length) return;
    try {
      await this.#encode(() => this.#encodeAll(missing.map((w) => w.job)));
      for (const { resolve } of missing) resolve(true);
    } catch (error) {
      for (const { reject } of missing) reject(error);
    }
  }

  /**
   * Decodes the jobs' source once, turned upright and scaled to the widest
   * job, into libvips' own uncompressed format in the cache folder, and
   * encodes every job from those pixels. Not a Node buffer: pixels held
   * outside the JS heap make V8 collect garbage over a large build's whole
   * heap (docs/benchmarks.md, "Images").
   */
  async #encodeAll(jobs: ImageJob[]): Promise<void> {
    const widest = Math.max(...jobs.map((job) => job.width));
    const record = await this.#records();
    await mkdir(this.#dir, { recursive: true });
    const pixels = path.join(this.#dir, `${jobs[0]!.key}.${process.pid}.v`);
    try {
      const { width } = await sharp(path.resolve(this.#root, jobs[0]!.source), { failOn: 'none' })
        .rotate()
        .resize({ width: widest, withoutEnlargement: true })
        .toFile(pixels);
      this.counts.originals++;
      await Promise.all(
        jobs.map(async (job) => {
          const image = sharp(pixels);
          if (job.width < width) image.resize({ width: job.width });
          const data = await image.jpeg({ ...JPEG_OPTIONS, quality: job.quality }).toBuffer();
          // Written beside, then renamed: a build stopped halfway leaves no half file in the cache.
          await writeAside(path.join(this.#dir, job.key), data);
          record.set(job.key, { size: data.length, digest: sha1(data) });
          this.#recorded();
          this.counts.encoded++;
        }),
      );
    } finally {
      await rm(pixels, { force: true });
    }
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
