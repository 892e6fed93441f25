/**
 * Writing a cache file so that a build killed halfway leaves the old file or
 * the new one, never half of one: the bytes go to `<file>.<pid>.part` beside
 * it, which is then renamed over it (src/cache/leftovers.ts deletes the `.part`
 * files of processes that were killed).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The name a file is written under before it is renamed into place. */
export const partName = (file: string) => `${file}.${process.pid}.part`;

export async function writeAside(file: string, data: string | Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(partName(file), data);
  await rename(partName(file), file);
}

export function writeAsideSync(file: string, data: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(partName(file), data);
  renameSync(partName(file), file);
}
