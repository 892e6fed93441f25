/**
 * Images an attacker or a careless editor could commit that are too big or
 * too odd to keep in the repository as fixtures: symbolic links, and files
 * whose header claims more pixels than can be opened safely. Each is made in
 * a copy of the `thieu-anh` fixture (whose only mistake is its missing cover)
 * and must come out as the message an editor reads, never a crash.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/problems.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { pngHeader } from '../support/images.ts';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const INVALID = path.join(ROOT, 'test/fixtures/invalid');
const VALID_JPEG = path.join(INVALID, 'bom/content/tap-the/chi-bo-ap-thoi-an/anh-bia.jpg');
const temp = mkdtempSync(path.join(os.tmpdir(), 'guong-sang-images-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;
/** A copy of `thieu-anh` with `prepare` run in its entry folder; the check's report for it. */
async function reportFor(prepare: (entry: string) => void): Promise<string> {
  const fixture = path.join(temp, `case-${++count}`);
  cpSync(path.join(INVALID, 'thieu-anh'), fixture, { recursive: true });
  prepare(path.join(fixture, 'content/tap-the/chi-bo-ap-thoi-an'));
  const { problems } = await checkContent({ root: fixture, dir: path.join(fixture, 'content') });
  return formatProblems(problems);
}

const AT_COVER = 'content/tap-the/chi-bo-ap-thoi-an/index.mdx:10:3  cover.src  ';
const AT_LINE_23 = 'content/tap-the/chi-bo-ap-thoi-an/index.mdx:23:1  nội dung  ';
const ONE = '1 lỗi trong 1 tệp.';
/** Over 50 megapixels; `images:shrink` is offered while sharp can still open the image (16,383 × 16,383 px). */
const PIXELS = (size: string, name = 'anh-bia.jpg', shrinkable = true) =>
  `Ảnh "${name}" có ${size}, quá giới hạn 50 triệu điểm ảnh: quá lớn để mở an toàn khi dựng trang. → ` +
  (shrinkable
    ? `Chạy npm run images:shrink -- content/tap-the/chi-bo-ap-thoi-an/${name} (thu nhỏ cho vừa khung 2.400 × 3.200 px), hoặc thu nhỏ ảnh trên máy trước khi tải lên.`
    : 'Thu nhỏ ảnh bằng phần mềm sửa ảnh trên máy (rộng tối đa 2.400 px, cao tối đa 3.200 px) rồi tải lên lại.');
const SYMLINK = (name: string) =>
  `"${name}" là một liên kết (symlink) chứ không phải tệp ảnh. → Xóa liên kết và đặt chính tệp ảnh vào thư mục của bài với tên ${name}.`;

describe('images the check refuses before any pixel is read', () => {
  it('a cover that is a symbolic link, even to a good photo', async () => {
    const output = await reportFor((entry) => symlinkSync(VALID_JPEG, path.join(entry, 'anh-bia.jpg')));
    expect(output).toBe([`${AT_COVER}${SYMLINK('anh-bia.jpg')}`, ONE].join('\n'));
  });

  it('a story image that is a symbolic link to a file of the build machine', async () => {
    const output = await reportFor((entry) => {
      cpSync(VALID_JPEG, path.join(entry, 'anh-bia.jpg'));
      symlinkSync('/etc/hostname', path.join(entry, 'may-chu.jpg'));
      appendFileSync(path.join(entry, 'index.mdx'), '\n\n<Figure src="./may-chu.jpg" alt="Máy" credit="Ảnh: T.T" />\n');
    });
    expect(output).toBe([`${AT_LINE_23}${SYMLINK('may-chu.jpg')}`, ONE].join('\n'));
  });

  it.each([
    [20_000, 20_000, '20.000 × 20.000 px', false],
    [2_000, 130_000, '2.000 × 130.000 px', true],
  ])('a cover of %i × %i px (a header that claims it)', async (width, height, size, shrinkable) => {
    const output = await reportFor((entry) => writeFileSync(path.join(entry, 'anh-bia.jpg'), pngHeader(width, height)));
    expect(output).toBe([`${AT_COVER}${PIXELS(size, 'anh-bia.jpg', shrinkable)}`, ONE].join('\n'));
  });

  it('a story image of 1,600 × 160,000 px', async () => {
    const output = await reportFor((entry) => {
      cpSync(VALID_JPEG, path.join(entry, 'anh-bia.jpg'));
      writeFileSync(path.join(entry, 'dai.png'), pngHeader(1600, 160_000));
      appendFileSync(path.join(entry, 'index.mdx'), '\n\n![Dải ảnh rất dài](./dai.png)\n');
    });
    expect(output).toBe([`${AT_LINE_23}${PIXELS('1.600 × 160.000 px', 'dai.png')}`, ONE].join('\n'));
  });
});

describe('npm run images:shrink', () => {
  it('opens a photo over 50 megapixels, which no build opens, and fits it into 2,400 × 3,200 px', async () => {
    const file = path.join(temp, 'lon.png');
    await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#c8a040' } })
      .png()
      .toFile(file);
    const log = execFileSync(process.execPath, [path.join(ROOT, 'scripts/editor/shrink-images.ts'), file], {
      encoding: 'utf8',
    });
    expect(log).toBe(`Đã thu nhỏ ${file}: 8000 × 8000 → 2400 × 2400 px.\nĐã thu nhỏ 1 ảnh.\n`);
  });

  it('fits a tall photo inside 2,400 × 3,200 px, in place and in its format', async () => {
    const file = path.join(temp, 'cao.jpg');
    await sharp({ create: { width: 2000, height: 5000, channels: 3, background: '#8b1a1a' } })
      .jpeg()
      .toFile(file);
    const log = execFileSync(process.execPath, [path.join(ROOT, 'scripts/editor/shrink-images.ts'), file], {
      encoding: 'utf8',
    });
    expect(log).toBe(`Đã thu nhỏ ${file}: 2000 × 5000 → 1280 × 3200 px.\nĐã thu nhỏ 1 ảnh.\n`);
    const meta = await sharp(file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1280, 3200]);
  });
});

describe('files cut short', () => {
  const BROKEN =
    'Ảnh "anh-bia.jpg" bị hỏng hoặc tải lên chưa hết (không đọc được đến cuối tệp). → Tải lại tệp ảnh gốc lên thay cho tệp này.';
  const photo = (format: 'png' | 'webp' | 'jpeg') =>
    sharp({
      create: {
        width: 1200,
        height: 800,
        channels: 3,
        background: '#777',
        noise: { type: 'gaussian', mean: 128, sigma: 30 },
      },
    })
      .toFormat(format)
      .toBuffer();

  it.each(['png', 'webp', 'jpeg'] as const)('a %s cover cut in half is refused', async (format) => {
    const whole = await photo(format);
    const output = await reportFor((entry) =>
      writeFileSync(path.join(entry, 'anh-bia.jpg'), whole.subarray(0, whole.length / 2)),
    );
    expect(output).toBe([`${AT_COVER}${BROKEN}`, ONE].join('\n'));
  });

  it('a whole JPEG with bytes after its end marker is decoded and accepted', async () => {
    const whole = await photo('jpeg');
    const output = await reportFor((entry) =>
      writeFileSync(path.join(entry, 'anh-bia.jpg'), Buffer.concat([whole, Buffer.from('camera trailer')])),
    );
    expect(output).toBe('0 lỗi trong 0 tệp.');
  });
});
