/**
 * One `astro build` at a time per folder: a build holds a lock on its cache
 * folder and on its output folder, so two builds sharing either cannot
 * overwrite each other's files (two at once failed with ENOTEMPTY or EEXIST,
 * or published a half-written search index). A lock is a small file in the
 * system's temporary folder, named after the folder it guards, holding the
 * build's pid; a lock whose process is gone (a killed build) is taken over.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive } from './process-alive.ts';

/** Where the locks are: outside the project, so a killed build leaves nothing in it. */
const LOCK_DIR = path.join(os.tmpdir(), 'guong-sang-build-locks');

/** The message a second build stops with, in the build log. */
export const lockedMessage = (pid: number, folder: string) =>
  `Một lần dựng khác (pid ${pid}) đang dùng thư mục ${folder}. ` +
  'Hãy chờ lần dựng đó xong rồi dựng lại, hoặc dựng song song vào thư mục khác ' +
  '(đặt OUT_DIR và ASTRO_CACHE_DIR khác).';

/** Thrown when another build holds the lock: the log shows the message alone, with no stack trace. */
export class BuildLockedError extends Error {
  constructor(pid: number, folder: string) {
    super(lockedMessage(pid, folder));
    this.name = 'BuildLockedError';
    this.stack = this.message;
  }
}

/** The lock file of `folder` (the same file however the folder is spelled). */
export function lockFile(folder: string): string {
  let absolute = path.resolve(folder);
  try {
    absolute = realpathSync(absolute);
  } catch {
    // Not made yet: its spelled path is the only one.
  }
  return path.join(LOCK_DIR, `${createHash('sha1').update(absolute).digest('hex')}.lock`);
}

/** The pid written in a lock file, or undefined when there is none or it cannot be read. */
function holder(file: string): number | undefined {
  try {
    const pid = Number(JSON.parse(readFileSync(file, 'utf8')).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of `folder` for this process, or throws the Vietnamese
 * message naming the build that holds it. A lock left by a process that no
 * longer runs is moved aside and taken over; moving it aside first means two
 * builds finding the same stale lock cannot both take it.
 */
export function acquire(folder: string): void {
  folder = path.resolve(folder);
  const file = lockFile(folder);
  mkdirSync(LOCK_DIR, { recursive: true });
  const content = JSON.stringify({ pid: process.pid, folder, started: new Date().toISOString() });
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(file, content, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = holder(file);
    if (pid === process.pid) return;
    if (pid !== undefined && isAlive(pid)) throw new BuildLockedError(pid, folder);
    // Stale (or unreadable): move it aside, and delete it only if it is still the stale one.
    const aside = `${file}.${process.pid}.stale`;
    try {
      renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = holder(aside);
    if (moved !== pid && moved !== undefined && isAlive(moved)) {
      // Another build took it over in between: give it back.
      renameSync(aside, file);
      throw new BuildLockedError(moved, folder);
    }
    unlinkSync(aside);
  }
  throw new Error(`Không lấy được khóa dựng ${file}: hãy xóa tệp này rồi dựng lại.`);
}

/** Gives up this process's lock of `folder` (another process's is left alone). */
export function release(folder: string): void {
  const file = lockFile(folder);
  if (holder(file) !== process.pid) return;
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}
