import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquire, lockFile, release } from '../../src/cache/build-lock.ts';
import { removeLeftovers } from '../../src/cache/leftovers.ts';

const made: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gs-lock-'));
  made.push(dir);
  return dir;
};
// The folders, and any lock a test left (held by another pid), go at the end.
afterAll(() => made.forEach((dir) => [dir, lockFile(dir)].forEach((p) => rmSync(p, { recursive: true, force: true }))));
/** A pid no process has now: one of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const hold = (dir: string, pid: number) => {
  mkdirSync(path.dirname(lockFile(dir)), { recursive: true });
  writeFileSync(lockFile(dir), JSON.stringify({ pid }));
};

describe('the build lock', () => {
  it('is taken, taken again by the same process, and given back', () => {
    const dir = folder();
    acquire(dir);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
    acquire(dir);
    release(dir);
    expect(existsSync(lockFile(dir))).toBe(false);
  });

  it('names the same lock however the folder is spelled', () => {
    const dir = folder();
    expect(lockFile(`${dir}/`)).toBe(lockFile(dir));
    expect(lockFile(path.join(dir, 'x', '..'))).toBe(lockFile(dir));
  });

  it('refuses a lock held by a running process, in Vietnamese, naming it', () => {
    const dir = folder();
    // The parent of this test process runs for sure.
    hold(dir, process.ppid);
    expect(() => acquire(dir)).toThrow(
      `Một lần dựng khác (pid ${process.ppid}) đang dùng thư mục ${dir}. ` +
        'Hãy chờ lần dựng đó xong rồi dựng lại, hoặc dựng song song vào thư mục khác ' +
        '(đặt OUT_DIR và ASTRO_CACHE_DIR khác).',
    );
    // Giving back a lock this process does not hold leaves it.
    release(dir);
    expect(existsSync(lockFile(dir))).toBe(true);
  });

  it('takes over the lock of a process that has ended, or an unreadable one', () => {
    const dir = folder();
    hold(dir, deadPid());
    acquire(dir);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
    release(dir);
    writeFileSync(lockFile(dir), '{');
    acquire(dir);
    release(dir);
  });
});

describe('leftovers of killed builds', () => {
  it("deletes a dead process's .part and .v files and folders, in the cache folder and its folders only", async () => {
    const cache = folder();
    const dead = deadPid();
    mkdirSync(path.join(cache, 'guong-sang-images', 'deeper'), { recursive: true });
    const files = [
      `x.${dead}.part`,
      `guong-sang-images/a.jpeg.${dead}.part`,
      `guong-sang-images/a.${dead}.v`,
      `guong-sang-images/a.jpeg.${process.pid}.part`,
      'guong-sang-images/a.jpeg',
      `guong-sang-images/deeper/b.${dead}.part`,
    ];
    for (const file of files) writeFileSync(path.join(cache, file), '');
    mkdirSync(path.join(cache, `pagefind.${dead}.part`, 'index'), { recursive: true });
    expect(await removeLeftovers(cache)).toBe(4);
    expect(readdirSync(cache).sort()).toEqual(['guong-sang-images']);
    expect(readdirSync(path.join(cache, 'guong-sang-images')).sort()).toEqual([
      'a.jpeg',
      `a.jpeg.${process.pid}.part`,
      'deeper',
    ]);
    expect(await removeLeftovers(path.join(cache, 'không-có'))).toBe(0);
  });
});
