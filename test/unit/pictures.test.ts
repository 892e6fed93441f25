import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageCache } from '../../src/images/image-cache.ts';
import { imageJobs } from '../../src/images/image-jobs.ts';
import { encodedInLog, imageSummary } from '../../src/images/image-log.ts';
import { resolvePicture, widthsFor } from '../../src/images/pictures.ts';
import type { SourceImage } from '../../src/schemas/media.ts';

const photo = (over: Partial<SourceImage> = {}): SourceImage => ({
  file: 'content/tap-the/chi-bo/anh-bia.jpg',
  width: 2000,
  height: 1333,
  digest: 'd1',
  ...over,
});

describe('resolvePicture', () => {
  it("gives the cover's widths, its largest as src, and the height in the source's proportions", () => {
    const cover = resolvePicture(photo(), 'cover');
    expect(Object.keys(cover.files).map(Number)).toEqual([480, 960, 1280]);
    expect(cover.src).toBe(cover.files[1280]);
    expect(cover.src).toMatch(/^\/_astro\/anh-bia_1280\.[\w-]{16}\.jpeg$/);
    expect(cover.srcset).toBe(`${cover.files[480]} 480w, ${cover.files[960]} 960w, ${cover.files[1280]} 1280w`);
    expect([cover.width, cover.height]).toEqual([1280, 853]);
    expect(cover.sizes).toBe('(min-width: 80rem) 78rem, 100vw');
  });

  it("asks the pipeline for each file once; a card's files are its cover's", () => {
    const cover = resolvePicture(photo(), 'cover');
    const card = resolvePicture(photo(), 'card');
    expect(card.files).toEqual({ 480: cover.files[480], 960: cover.files[960] });
    expect(imageJobs().get(cover.files[960]!)).toMatchObject({
      source: 'content/tap-the/chi-bo/anh-bia.jpg',
      width: 960,
      format: 'jpeg',
      quality: 80,
    });
  });

  it('names files by the bytes of the photo: a replaced photo gets new files, a moved one keeps them', () => {
    const a = resolvePicture(photo(), 'card');
    expect(resolvePicture(photo({ digest: 'd2' }), 'card').src).not.toBe(a.src);
    const moved = resolvePicture(photo({ file: 'content/tap-the/khac/anh-bia.jpg' }), 'card');
    expect(imageJobs().get(moved.src)!.key).toBe(imageJobs().get(a.src)!.key);
  });

  it('never enlarges: widths above the source are left out, and a small source keeps its own width', () => {
    expect(widthsFor(photo({ width: 1000, height: 500 }), 'cover')).toEqual([480, 960]);
    const small = resolvePicture(photo({ width: 400, height: 300 }), 'gallery');
    expect(Object.keys(small.files).map(Number)).toEqual([400]);
    expect([small.width, small.height]).toEqual([400, 300]);
  });
});

describe('ImageCache', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'gs-images-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('encodes a file once, at its width, and finds it again in a later build', async () => {
    await sharp({ create: { width: 2000, height: 1333, channels: 3, background: '#c0392b' } })
      .jpeg()
      .toFile(path.join(work, 'anh.jpg'));
    const job = { source: 'anh.jpg', digest: 'x', width: 960, format: 'jpeg' as const, quality: 80, key: 'k1.jpeg' };
    const first = new ImageCache(work, path.join(work, 'cache'));
    const [a, b] = await Promise.all([first.file(job), first.file(job)]);
    expect(a).toBe(b);
    expect(first.counts).toEqual({ encoded: 1, reused: 0, originals: 1 });
    const meta = await sharp(a).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 960, 640]);
    // A build records the files it encoded when it is done.
    await first.saveRecord();

    const later = new ImageCache(work, path.join(work, 'cache'));
    await later.writeTo(job, path.join(work, 'out.jpeg'));
    expect(later.counts).toEqual({ encoded: 0, reused: 1, originals: 0 });
    expect((await sharp(path.join(work, 'out.jpeg')).metadata()).width).toBe(960);

    // A cached file cut short, or one the record does not know, is encoded again, never used.
    const whole = readFileSync(a);
    truncateSync(a, 100);
    const afterDamage = new ImageCache(work, path.join(work, 'cache'));
    expect(readFileSync(await afterDamage.file(job))).toEqual(whole);
    expect(afterDamage.counts).toEqual({ encoded: 1, reused: 0, originals: 1 });
    const unrecorded = new ImageCache(work, path.join(work, 'other-cache'));
    cpSync(path.join(work, 'cache', job.key), path.join(work, 'other-cache', job.key), { recursive: true });
    await unrecorded.file(job);
    expect(unrecorded.counts.encoded).toBe(1);
  });

  it("makes a picture's widths from one decoding of the original, each at its width and upright", async () => {
    // Stored sideways (EXIF orientation 6: shown turned 90° clockwise), so the files are 1333 × 2000 upright.
    await sharp({ create: { width: 2000, height: 1333, channels: 3, background: '#1a5276' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(path.join(work, 'doc.jpg'));
    const job = (width: number) => ({
      source: 'doc.jpg',
      digest: 'y',
      width,
      format: 'jpeg' as const,
      quality: 80,
      key: `y${width}.jpeg`,
    });
    const cache = new ImageCache(work, path.join(work, 'cache'));
    const files = await Promise.all([480, 960, 1280].map((w) => cache.file(job(w))));
    expect(cache.counts).toEqual({ encoded: 3, reused: 0, originals: 1 });
    const sizes = await Promise.all(
      files.map(async (f) => (({ width, height }) => [width, height])(await sharp(f).metadata())),
    );
    expect(sizes).toEqual([
      [480, 720],
      [960, 1440],
      [1280, 1920],
    ]);
    const { dominant } = await sharp(files[0]).stats();
    expect(Math.abs(dominant.b - 0x76)).toBeLessThan(16);
    // The decoded pixels are gone, and no half-written file is left.
    expect(readdirSync(path.join(work, 'cache')).filter((name) => /\.(v|part)$/.test(name))).toEqual([]);
    await cache.saveRecord();

    // A width asked for later is one more decoding; the others come from the cache.
    const again = new ImageCache(work, path.join(work, 'cache'));
    await Promise.all([480, 800].map((w) => again.file(job(w))));
    expect(again.counts).toEqual({ encoded: 1, reused: 1, originals: 1 });
  });

  it('links the cached file into the output, over a file left there before', async () => {
    const job = { source: 'anh.jpg', digest: 'x', width: 480, format: 'jpeg' as const, quality: 80, key: 'k2.jpeg' };
    const cache = new ImageCache(work, path.join(work, 'cache'));
    const target = path.join(work, 'linked.jpeg');
    writeFileSync(target, 'cũ');
    await cache.writeTo(job, target);
    expect(statSync(target).ino).toBe(statSync(await cache.file(job)).ino);
    expect((await sharp(target).metadata()).width).toBe(480);
  });
});

describe('encodedInLog', () => {
  it("adds the pipeline's count to the images Astro encoded itself", () => {
    const log = [
      '▶ /_astro/hinh-1.B_Z1.jpeg (before: 43kB, after: 11kB) (+36ms) (1/2)',
      '▶ /_astro/hinh-1.B_Z2.jpeg (reused cache entry) (+1ms) (2/2)',
      `\x1b[2m[guong-sang-images]\x1b[22m ${imageSummary(154, 150, 4, 50, 51)}`,
    ].join('\n');
    expect(encodedInLog(log)).toBe(151);
  });
});
