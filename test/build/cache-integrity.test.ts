/**
 * The cache is checked, not trusted (README "Build cache"): a copy of the
 * sample content built cold once as the reference, then its cache folder
 * damaged the ways a disk, a killed build or a person can, and built again.
 * What a user gets must be the reference, byte for byte, with only the
 * damaged parts made again. A second build on a locked folder stops at once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesIn } from '../../src/cache/digest-record.ts';
import { sha1 } from '../../src/cache/file-digest.ts';
import { lockedMessage, lockFile } from '../../src/cache/build-lock.ts';
import { siteContent } from '../support/site.ts';
import { build, runBuild as buildInto } from '../support/build.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gs-cache-integrity-'));
const folders = {
  content: path.join(work, 'content'),
  outDir: path.join(work, 'dist'),
  cacheDir: path.join(work, 'cache'),
};
const cached = (...parts: string[]) => path.join(folders.cacheDir, ...parts);
const DAMAGED_PAGE = 'tap-the/quan-uy-o-mon/index.html';
/** Words of that entry's story, as the content layer stores them. */
const STORED_TEXT = 'với 147 đồng chí tham dự';

/** Every file of a built site, by path, as a digest of its bytes. */
async function site(): Promise<Map<string, string>> {
  const names = await filesIn(folders.outDir);
  return new Map(names.sort().map((name) => [name, sha1(readFileSync(path.join(folders.outDir, name)))]));
}

/** The first file (by name) below a cache folder that `keep` accepts; never the record. */
async function firstIn(folder: string, keep: (name: string) => boolean = () => true): Promise<string> {
  return (await filesIn(folder)).sort().find(keep)!;
}

/** Pages the log shows as copied from the cache instead of rendered. */
const restored = (log: string) => new Set([...log.matchAll(/├─ \/(\S+) \((?:cached|restored)\)/g)].map((m) => m[1]));

/** A pid no process has now: one of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

let reference: Map<string, string>;

beforeAll(async () => {
  cpSync(siteContent, folders.content, { recursive: true });
  build(folders);
  reference = await site();
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each test builds the site once: 10 to 60 s on 2 cores.
describe('a damaged cache folder', { timeout: 180_000 }, () => {
  it('cut-short or changed cached files are made again, the site is the clean build, leftovers of killed builds are deleted', async () => {
    const image = await firstIn(cached('guong-sang-images'));
    const indexFile = await firstIn(cached('pagefind', 'index'), (name) => name.endsWith('.pf_fragment'));
    truncateSync(cached('guong-sang-images', image), 100);
    truncateSync(cached('pagefind', 'index', indexFile), 10);
    truncateSync(cached('dist', DAMAGED_PAGE), 500);
    // The content layer's store changed but still valid: the damaged page, rendered again, would show the change.
    const store = readFileSync(cached('data-store.json'), 'utf8');
    expect(store.split(STORED_TEXT)).toHaveLength(2);
    writeFileSync(cached('data-store.json'), store.replace(STORED_TEXT, STORED_TEXT.replace('147', '741')));
    const dead = deadPid();
    const leftovers = [
      cached('guong-sang-images', `${image}.${dead}.part`),
      cached('guong-sang-images', `${image}.${dead}.v`),
      cached(`data-store.json.${dead}.part`),
    ];
    for (const file of leftovers) writeFileSync(file, 'half');
    mkdirSync(cached(`pagefind.${dead}.part`, 'index'), { recursive: true });
    // A `.part` of a process that still runs (an `astro dev`, say) is left alone.
    const live = cached('guong-sang-images', `${image}.${process.pid}.part`);
    writeFileSync(live, 'half');

    const log = build(folders);

    expect(await site()).toEqual(reference);
    // Only the damaged files were made again: one image, one page, the index.
    // 94 image files: the sample content's photos at their widths (the real cá nhân have none, issue 17).
    expect(log).toContain('1 encoded, 93 from the cache');
    expect(restored(log)).not.toContain(DAMAGED_PAGE);
    // Most of the sample site's 93 pages (no page for a place, year, unit or campaign without entries).
    expect(restored(log).size).toBeGreaterThan(70);
    expect(log).toContain('Đã lập chỉ mục tìm kiếm cho');
    for (const file of [...leftovers, cached(`pagefind.${dead}.part`)]) expect(existsSync(file), file).toBe(false);
    expect(existsSync(live)).toBe(true);
    rmSync(live);
  });

  it('a build without our images or the kept index is a warm build for the rest, and the same site', async () => {
    for (const folder of ['guong-sang-images', 'pagefind']) rmSync(cached(folder), { recursive: true });
    const log = build(folders);
    expect(await site()).toEqual(reference);
    expect(log).toContain('94 encoded, 0 from the cache');
    expect(log).toContain('Đã lập chỉ mục tìm kiếm cho');
    // Most of the sample site's 93 pages (no page for a place, year, unit or campaign without entries).
    expect(restored(log).size).toBeGreaterThan(70);
  });

  it("a build without Astro's page copies or the content layer's files is the same site", async () => {
    for (const name of ['dist', 'data-store.json', 'content-check.json', 'file-digests.json']) {
      rmSync(cached(name), { recursive: true });
    }
    const log = build(folders);
    expect(await site()).toEqual(reference);
    expect(restored(log).size).toBe(0);
    expect(log).toContain('0 encoded, 94 from the cache');
  });
});

describe('the build lock', { timeout: 180_000 }, () => {
  it('a second build on a locked folder stops at once, naming the build that holds it', async () => {
    // This test's process stands for a build that is running.
    const lock = lockFile(folders.cacheDir);
    mkdirSync(path.dirname(lock), { recursive: true });
    writeFileSync(lock, JSON.stringify({ pid: process.pid }));
    try {
      const started = Date.now();
      const { status, log } = buildInto(folders);
      expect(status).not.toBe(0);
      expect(log).toContain(
        `Một lần dựng khác (pid ${process.pid}) đang dùng thư mục ${folders.cacheDir}. ` +
          'Hãy chờ lần dựng đó xong rồi dựng lại, hoặc dựng song song vào thư mục khác ' +
          '(đặt OUT_DIR và ASTRO_CACHE_DIR khác).',
      );
      expect(log).toContain(lockedMessage(process.pid, folders.cacheDir));
      // It stopped before the content check, and wrote nothing.
      expect(log).not.toContain('tệp nội dung hợp lệ');
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      rmSync(lock, { force: true });
    }
  });

  it("a killed build's lock is taken over, and given back when the build ends", async () => {
    const lock = lockFile(folders.outDir);
    mkdirSync(path.dirname(lock), { recursive: true });
    writeFileSync(lock, JSON.stringify({ pid: deadPid() }));
    build(folders);
    expect(await site()).toEqual(reference);
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(lockFile(folders.cacheDir))).toBe(false);
  });
});
