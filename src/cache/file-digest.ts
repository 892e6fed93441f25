/**
 * Content digests of files (an entry's images), remembered between builds in
 * the cache folder by path, size and modification time: a file that did not
 * change is not read again, and a fresh checkout (new times, same bytes, as
 * in CI) gives the same digests, so nothing is rendered again for it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeAsideSync } from './write-aside.ts';

interface Known {
  size: number;
  mtimeMs: number;
  hash: string;
}

export const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('base64url');

export class FileDigests {
  #known = new Map<string, Known>();
  #changed = false;
  readonly store: string | undefined;

  /** `store`: the JSON file the digests are kept in; none keeps them in memory only. */
  constructor(store?: string) {
    this.store = store;
    if (!store) return;
    try {
      this.#known = new Map(Object.entries(JSON.parse(readFileSync(store, 'utf8')) as Record<string, Known>));
    } catch {
      // No store yet, or an unreadable one: start afresh.
    }
  }

  /** The digest of a file's bytes. */
  async of(file: string): Promise<string> {
    const info = await stat(file);
    const known = this.#known.get(file);
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known.hash;
    const hash = sha1(await readFile(file));
    this.#known.set(file, { size: info.size, mtimeMs: info.mtimeMs, hash });
    this.#changed = true;
    return hash;
  }

  /**
   * Names and digests of the files beside an entry (not index.mdx itself). A
   * symbolic link counts by its target's path, never its bytes: the check
   * rejects it, and a link moved to another target is checked again.
   */
  async ofBundle(folder: string): Promise<string> {
    const entries = (await readdir(folder, { withFileTypes: true }))
      .filter((d) => (d.isFile() || d.isSymbolicLink()) && d.name !== 'index.mdx')
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const hashes = await Promise.all(
      entries.map((d) =>
        d.isSymbolicLink()
          ? readlink(path.join(folder, d.name)).then((target) => `link:${target}`)
          : this.of(path.join(folder, d.name)),
      ),
    );
    return entries.map((d, i) => `${d.name}:${hashes[i]}`).join('|');
  }

  /** Writes the store when a digest was added or changed. */
  save(): void {
    if (!this.store || !this.#changed) return;
    writeAsideSync(this.store, JSON.stringify(Object.fromEntries(this.#known)));
    this.#changed = false;
  }
}

const shared = new Map<string, FileDigests>();

/** One FileDigests per cache folder and process (the loaders and the content check share it). */
export function fileDigests(cacheDir: string | undefined): FileDigests {
  const store = cacheDir ? path.join(cacheDir, 'file-digests.json') : '';
  let digests = shared.get(store);
  if (!digests) shared.set(store, (digests = new FileDigests(store || undefined)));
  return digests;
}
