/**
 * Content an attacker could get accepted (it passes `check:content`) built
 * into a real site: text written to close a <script> element, a unit name
 * carrying an event handler, Astro's image placeholder in a story. The check
 * must accept it as text, the build must build it, and no page may hold a
 * script the build did not write — read from the HTML and run in Chromium.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { useBrowser } from '../support/browser.ts';
import { build, runBuild } from '../support/build.ts';
import { foreignScripts } from '../support/dist.ts';
import { pngHeader } from '../support/images.ts';
import { root, siteContent } from '../support/site.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gs-hostile-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');

/**
 * Closes the JSON-LD element and opens a script of its own (no quotes: JSON
 * would escape them and break the script), with the characters JSON.stringify leaves raw.
 */
const SUMMARY =
  'Quận ủy Ô Môn triển khai Kết luận 01-KL/TW. </script><script>window.__xss = 1</script> <!-- & \u2028 \u2029 > end';
const SOURCE_TITLE = '</script><img src=x onerror=window.__xss=2>';
const UNIT_NAME = 'Quận ủy Ô Môn </script><script>window.__xss = 3</script>';
const STORY = [
  'Văn bản có chuỗi \\_\\_ASTRO\\_IMAGE\\_="x" ngay cạnh một hình.',
  '',
  '`__ASTRO_IMAGE_="{}"`',
  '',
  '<Figure src="./anh-1.jpg" alt="Hình minh họa ngôi sao vàng" credit="Ảnh minh họa" />',
  '',
  '![Hình minh họa mặt trống đồng](./anh-2.jpg)',
].join('\n');

function edit(file: string, change: (text: string) => string) {
  const absolute = path.join(content, file);
  const before = readFileSync(absolute, 'utf8');
  const after = change(before);
  expect(after, file).not.toBe(before);
  writeFileSync(absolute, after);
}

const page = (site: string) => path.join(dist, site, 'index.html');
/** The JSON-LD of a built page, parsed. */
const jsonLd = (site: string) =>
  JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readFileSync(page(site), 'utf8'))![1]!);

beforeAll(() => {
  cpSync(siteContent, content, { recursive: true });
  edit('tap-the/quan-uy-o-mon/index.mdx', (t) =>
    t
      .replace(/^summary: >-\n(?: {2}.*\n)+/m, `summary: ${JSON.stringify(SUMMARY)}\n`)
      .replace(/^( {2}- title: )Kết quả và kinh nghiệm.*$/m, `$1${JSON.stringify(SOURCE_TITLE)}`)
      .replace(/\n*$/, `\n\n${STORY}\n`),
  );
  edit('don-vi/quan-uy-o-mon.yaml', (t) => t.replace(/^name: .*$/m, `name: ${JSON.stringify(UNIT_NAME)}`));
}, 60_000);
afterAll(() => (process.env.GS_KEEP ? undefined : rmSync(work, { recursive: true, force: true })));

describe('hostile text that passes the content check', () => {
  it('passes check:content', async () => {
    const { problems } = await checkContent({ root: work, dir: content });
    expect(problems).toEqual([]);
  });

  it('builds, and no page holds a script the build did not write', () => {
    build({ content, outDir: dist, cacheDir: path.join(work, 'cache') });
    for (const site of ['tap-the/quan-uy-o-mon', 'don-vi/quan-uy-o-mon', 'mo-hinh/cho-0-dong', '']) {
      expect(foreignScripts(readFileSync(page(site), 'utf8')), site).toEqual([]);
    }
  });

  it('keeps every character of the text in the JSON-LD', () => {
    const data = jsonLd('tap-the/quan-uy-o-mon');
    expect(data.description).toBe(SUMMARY);
    expect(data.citation[0].name).toBe(SOURCE_TITLE);
    // Quận ủy Ô Môn is the parent unit of its Ban Tuyên giáo (no mô hình names it as its unit: the report does not).
    expect(JSON.stringify(jsonLd('tap-the/ban-tuyen-giao-quan-uy-o-mon'))).toContain(JSON.stringify(UNIT_NAME));
  });

  it("shows Astro's image placeholder as text, and the story's images from the site's pipeline", () => {
    const html = readFileSync(page('tap-the/quan-uy-o-mon'), 'utf8');
    expect(html).toContain('__ASTRO_IMAGE_="x" ngay cạnh một hình.');
    expect(html).toContain('<code>__ASTRO_IMAGE_="{}"</code>');
    const images = [
      ...html.matchAll(/<img alt="(Hình minh họa (?:ngôi sao vàng|mặt trống đồng))"[^>]* src="([^"]+)"/g),
    ];
    expect(images.map((m) => m[1])).toEqual(['Hình minh họa ngôi sao vàng', 'Hình minh họa mặt trống đồng']);
    for (const [, , src] of images) expect(existsSync(path.join(dist, src!)), src).toBe(true);
  });

  const browser = useBrowser();
  it('runs none of it in Chromium', async () => {
    const tab = await browser().newPage({ javaScriptEnabled: true });
    // No other site is asked for anything (the page is opened from disk, its own files fail quietly).
    await tab.route(/^https?:/, (route) => route.abort());
    for (const site of ['tap-the/quan-uy-o-mon', 'don-vi/quan-uy-o-mon', 'mo-hinh/cho-0-dong']) {
      await tab.goto(pathToFileURL(page(site)).href);
      expect(await tab.evaluate(() => (window as { __xss?: number }).__xss), site).toBeUndefined();
    }
    await tab.close();
  });
});

describe('input the check refuses', () => {
  it("stops the build with the check's messages, before anything is published", () => {
    const other = path.join(work, 'other');
    cpSync(siteContent, path.join(other, 'content'), { recursive: true });
    const entry = path.join(other, 'content/tap-the/quan-uy-o-mon');
    // A gallery photo replaced by a link to a photo elsewhere on the build machine.
    rmSync(path.join(entry, 'anh-1.jpg'));
    symlinkSync(path.join(siteContent, 'tap-the/quan-uy-o-mon/anh-1.jpg'), path.join(entry, 'anh-1.jpg'));
    const text = readFileSync(path.join(entry, 'index.mdx'), 'utf8');
    writeFileSync(
      path.join(entry, 'index.mdx'),
      `${text}\n![Ảnh của máy dựng](${path.join(siteContent, 'tap-the/quan-uy-o-mon/anh-2.jpg')})\n`,
    );
    // A story image that is an SVG, a gallery photo cut in half, a cover whose header claims 2,000 × 130,000 px,
    // and a unit file named "...yaml" (id "..").
    appendFileSync(path.join(entry, 'index.mdx'), '\n<Figure src="./so-do.svg" alt="Sơ đồ" credit="Ảnh: T.T" />\n');
    const photo = readFileSync(path.join(entry, 'anh-2.jpg'));
    writeFileSync(path.join(entry, 'anh-2.jpg'), photo.subarray(0, photo.length / 2));
    writeFileSync(path.join(other, 'content/mo-hinh/cho-0-dong/anh-bia.jpg'), pngHeader(2000, 130_000));
    cpSync(path.join(other, 'content/don-vi/quan-uy-o-mon.yaml'), path.join(other, 'content/don-vi/...yaml'));
    const outDir = path.join(other, 'dist');
    const run = runBuild({ content: path.join(other, 'content'), outDir, cacheDir: path.join(other, 'cache') });
    expect(run.status).not.toBe(0);
    const file = path.relative(root, path.join(entry, 'index.mdx')).split(path.sep).join('/');
    expect(run.log).toContain(
      `${file}:25:5  gallery.0.src  "anh-1.jpg" là một liên kết (symlink) chứ không phải tệp ảnh. → Xóa liên kết và đặt chính tệp ảnh vào thư mục của bài với tên anh-1.jpg.`,
    );
    expect(run.log).toMatch(
      /index\.mdx:\d+:1 {2}nội dung {2}Ảnh "\/[^"]+\/anh-2\.jpg" phải nằm cạnh index\.mdx và viết dạng \.\/ten-anh\.jpg/,
    );
    for (const message of [
      'nội dung  Ảnh "./so-do.svg" phải nằm cạnh index.mdx và viết dạng ./ten-anh.jpg (jpg, png, webp hoặc avif).',
      'gallery.1.src  Ảnh "anh-2.jpg" bị hỏng hoặc tải lên chưa hết (không đọc được đến cuối tệp).',
      'cover.src  Ảnh "anh-bia.jpg" có 2.000 × 130.000 px, quá giới hạn 50 triệu điểm ảnh',
      'content/don-vi/...yaml  tệp  Tên tệp "...yaml" không phải là mã hợp lệ',
    ])
      expect(run.log).toContain(message);
    expect(run.log).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(path.join(outDir, '_astro'))).toBe(false);
  });
});
