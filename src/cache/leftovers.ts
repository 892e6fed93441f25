/**
 * Files a killed build leaves in the cache folder: `<name>.<pid>.part` (a file
 * or folder written aside, src/cache/write-aside.ts) and `<name>.<pid>.v` (an
 * image's decoded pixels, src/images/image-cache.ts). Deleted at the start of a
 * build when process `<pid>` no longer runs (an `astro dev` still running may
 * be writing its own).
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isAlive } from './process-alive.ts';

const LEFTOVER = /\.(\d+)\.(?:part|v)$/;

/** Deletes the leftovers of dead processes in `cacheDir` and in its folders (not below them); returns how many. */
export async function removeLeftovers(cacheDir: string): Promise<number> {
  const top = await readdir(cacheDir, { withFileTypes: true }).catch(() => []);
  const folders = [cacheDir, ...top.filter((e) => e.isDirectory()).map((e) => path.join(cacheDir, e.name))];
  let removed = 0;
  for (const folder of folders) {
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      const pid = LEFTOVER.exec(name)?.[1];
      if (!pid || Number(pid) === process.pid || isAlive(Number(pid))) continue;
      await rm(path.join(folder, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
