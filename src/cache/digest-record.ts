/**
 * The size and digest of each file in a cache folder, recorded when the file
 * was made and checked before the file is used: a cache file that was cut
 * short, changed or never recorded (a build killed before writing the record)
 * is made again instead of being published. The record is a JSON file in the
 * folder it describes, so deleting the folder deletes its record too.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { sha1 } from './file-digest.ts';
import { writeAside } from './write-aside.ts';

/** A file as it was made: its size in bytes and the SHA-1 of its bytes. */
export interface FileRecord {
  size: number;
  digest: string;
}

/** The record's own file name in each folder (a dot name: no page, image or index file has one). */
export const RECORD_FILE = '.guong-sang-digests.json';

/** Size and digest of `file` as it is now, or undefined when it is missing. */
export async function recordOf(file: string): Promise<FileRecord | undefined> {
  const data = await readFile(file).catch(() => undefined);
  return data && { size: data.length, digest: sha1(data) };
}

/** True when `file` is there and has the recorded size: a quick first check, without reading the file. */
export async function sizeMatches(file: string, expected: FileRecord | undefined): Promise<boolean> {
  if (!expected) return false;
  const info = await stat(file).catch(() => undefined);
  return !!info?.isFile() && info.size === expected.size;
}

/** True when `file` is there and has the recorded size and digest (the size is compared first, without reading). */
export async function matches(file: string, expected: FileRecord | undefined): Promise<boolean> {
  if (!(await sizeMatches(file, expected))) return false;
  const actual = await recordOf(file);
  return actual?.digest === expected!.digest;
}

/** The record of `folder`: relative path (with `/`) → size and digest; empty when there is none or it is unreadable. */
export async function readRecord(folder: string): Promise<Map<string, FileRecord>> {
  try {
    const text = await readFile(path.join(folder, RECORD_FILE), 'utf8');
    return new Map(Object.entries(JSON.parse(text) as Record<string, FileRecord>));
  } catch {
    return new Map();
  }
}

/** Writes the record of `folder` (aside, then renamed). */
export async function writeRecord(folder: string, record: Map<string, FileRecord>): Promise<void> {
  await writeAside(path.join(folder, RECORD_FILE), JSON.stringify(Object.fromEntries(record)));
}

/** Every file below `folder` but the record, as relative paths with `/`; none when the folder is missing. */
export async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((name) => name !== RECORD_FILE);
}

/** The files a check or record covers: every file below `folder`, or those of `only` that are there. */
async function covered(folder: string, only?: readonly string[]): Promise<string[]> {
  if (!only) return filesIn(folder);
  const there = await Promise.all(
    only.map((name) =>
      stat(path.join(folder, name)).then(
        (s) => s.isFile(),
        () => false,
      ),
    ),
  );
  return only.filter((_, i) => there[i]);
}

/** Runs `task` on every name, 32 at a time (25,000 pages at once would open 25,000 files). */
async function eachOf(names: string[], task: (name: string) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < names.length; i += 32) await Promise.all(names.slice(i, i + 32).map(task));
}

/** A file found matching its record, with the modification time it had then. */
export interface Checked extends FileRecord {
  mtimeMs: number;
}

/**
 * Checks every file below `folder` (or only the files named in `only`)
 * against its record, a few at a time, and deletes those that do not match
 * or have none. Returns the files kept and how many were deleted.
 */
export async function verifyFolder(
  folder: string,
  only?: readonly string[],
): Promise<{ kept: Map<string, Checked>; deleted: number }> {
  const record = await readRecord(folder);
  const kept = new Map<string, Checked>();
  const names = await covered(folder, only);
  await eachOf(names, async (name) => {
    const file = path.join(folder, name);
    const expected = record.get(name);
    if (!(await matches(file, expected))) return rm(file, { force: true });
    kept.set(name, { ...expected!, mtimeMs: (await stat(file)).mtimeMs });
  });
  return { kept, deleted: names.length - kept.size };
}

/**
 * Records every file below `folder` (or only the files named in `only`) as
 * it is now; a file `checked` found matching and not written since (same
 * size and time) keeps its digest without being read again.
 */
export async function recordFolder(
  folder: string,
  checked = new Map<string, Checked>(),
  only?: readonly string[],
): Promise<void> {
  if (!(await stat(folder).catch(() => undefined))) return;
  const record = new Map<string, FileRecord>();
  await eachOf(await covered(folder, only), async (name) => {
    const file = path.join(folder, name);
    const known = checked.get(name);
    const info = known && (await stat(file));
    const same = known && info && info.size === known.size && info.mtimeMs === known.mtimeMs;
    const now = same ? { size: known.size, digest: known.digest } : await recordOf(file);
    if (now) record.set(name, now);
  });
  await writeRecord(folder, record);
}

/** True when `folder` holds exactly the files of its record, each with its recorded size and digest. */
export async function folderMatches(folder: string): Promise<boolean> {
  const record = await readRecord(folder);
  const names = await filesIn(folder);
  if (!record.size || names.length !== record.size) return false;
  for (const name of names) if (!(await matches(path.join(folder, name), record.get(name)))) return false;
  return true;
}
