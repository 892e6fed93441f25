/**
 * Builds that keep their cache (README "Build cache"): the sample content
 * copied to a temporary folder and built three times with one cache folder —
 * cold, warm (output folder emptied, content unchanged) and after one entry's
 * text was edited — the way `npm run bench` measures them.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodedInLog as encoded } from '../../src/images/image-log.ts';
import { build as buildSite } from '../support/build.ts';
import { siteContent } from '../support/site.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gs-incremental-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const EDITED = 'tap-the/quan-uy-o-mon';
const SENTENCE = 'Câu này được thêm để kiểm tra lần dựng lại.';

/** Builds into `dist` (emptied first) with the shared cache; returns the build's log. */
const build = () => buildSite({ content, outDir: dist, cacheDir: path.join(work, 'cache') });

/** Every HTML page of the build, by path. */
function pages(): Map<string, string> {
  const names = readdirSync(dist, { recursive: true }) as string[];
  return new Map(names.filter((n) => n.endsWith('.html')).map((n) => [n, readFileSync(path.join(dist, n), 'utf8')]));
}

/** Pages the log shows as copied from the cache instead of rendered. */
const reused = (log: string) => new Set([...log.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]));

let cold: { log: string; pages: Map<string, string> };
let warm: { log: string; pages: Map<string, string> };
let edited: { log: string; pages: Map<string, string> };

beforeAll(() => {
  cpSync(siteContent, content, { recursive: true });
  cold = { log: build(), pages: pages() };
  warm = { log: build(), pages: pages() };
  const file = path.join(content, EDITED, 'index.mdx');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${SENTENCE}\n`);
  edited = { log: build(), pages: pages() };
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build that keeps its cache', () => {
  it('publishes the encoded sizes only, never an original photo', () => {
    const images = readdirSync(path.join(dist, '_astro')).filter((n) => /\.(jpe?g|png|webp|avif)$/.test(n));
    expect(images.length).toBeGreaterThan(50);
    // Originals keep their extension (.jpg); encoded files are .jpeg.
    expect(images.filter((n) => !n.endsWith('.jpeg'))).toEqual([]);
  });

  it('warm: encodes no image, renders no entry page again, and writes the same site', () => {
    expect(encoded(cold.log)).toBeGreaterThan(50);
    expect(encoded(warm.log)).toBe(0);
    expect(reused(warm.log)).toContain(`/${EDITED}/index.html`);
    expect(warm.log).toContain('dùng lại chỉ mục tìm kiếm đã lưu');
    expect([...warm.pages.keys()].sort()).toEqual([...cold.pages.keys()].sort());
    for (const [name, html] of cold.pages) expect(warm.pages.get(name), name).toBe(html);
  });

  it('records no image in the page cache: every picture is registered by every build, outside any page', () => {
    // Astro's incremental build keeps, per page it may skip, the image transforms the page resolved; cards made
    // that record ~600 MB at 25,525 entries and the build failed writing it (src/images/pictures.ts).
    const manifest = JSON.parse(readFileSync(path.join(work, 'cache', 'incremental-build.json'), 'utf8')) as {
      routes: Record<string, { paths: Record<string, { staticImages?: { originalSrcPath: string }[] }> }>;
    };
    const recorded = Object.values(manifest.routes)
      .flatMap((route) => Object.values(route.paths))
      .flatMap((page) => page.staticImages ?? [])
      .map((image) => path.basename(image.originalSrcPath));
    expect(Object.keys(manifest.routes).length).toBeGreaterThan(5);
    // Covers, galleries and the story's images all go through the site's own pipeline.
    expect(recorded).toEqual([]);
    // Every image a page of the last build shows is published, though most of its pages were copied from the cache.
    const published = new Set(readdirSync(path.join(dist, '_astro')));
    const shown = new Set(
      [...edited.pages.values()].flatMap((html) => [...html.matchAll(/\/_astro\/([^"\s,]+\.jpeg)/g)].map((m) => m[1]!)),
    );
    expect(shown.size).toBeGreaterThan(50);
    expect([...shown].filter((file) => !published.has(file))).toEqual([]);
  });

  it('one entry edited: its page is rendered again with the new text, the others are copied', () => {
    expect(encoded(edited.log)).toBe(0);
    // Only its own page is rendered again: lists, related entries and its taxonomies show its card, which is unchanged.
    const again = [...reused(warm.log)].filter((page) => !reused(edited.log).has(page));
    expect(again).toEqual([`/${EDITED}/index.html`]);
    expect(edited.pages.get(path.join(EDITED, 'index.html'))).toContain(SENTENCE);
    // The search index is made again, since a page changed.
    expect(edited.log).toContain('Đã lập chỉ mục tìm kiếm cho');
  });
});
