/**
 * `npm run images:shrink -- <image or folder> …`: brings photos wider than
 * 2,400 px or taller than 3,200 px (what `npm run check:content` flags) down
 * to fit inside 2,400 × 3,200 px, in place,
 * in their own format (JPEG at quality 85), keeping their orientation. A
 * folder is searched for images. Images already small enough are left as
 * they are; images over sharp's pixel limit (16,383 × 16,383 px) are refused.
 */
import { readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { MAX_IMAGE_HEIGHT, MAX_IMAGE_WIDTH, MAX_SHRINK_PIXELS } from '../../src/images/image-limits.ts';

const IMAGE = /\.(jpe?g|png|webp|avif)$/i;

async function images(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new Error(`Không tìm thấy "${target}".`);
  if (info.isFile()) return [target];
  const names = await readdir(target, { recursive: true });
  return names.filter((n) => IMAGE.test(n)).map((n) => path.join(target, n));
}

/** Shrinks one image when it is too large; returns its sizes before and after ("W × H"), or undefined. */
export async function shrink(file: string): Promise<[string, string] | undefined> {
  const meta = await sharp(file, { limitInputPixels: MAX_SHRINK_PIXELS }).metadata();
  const { width, height } = meta.autoOrient;
  if (width <= MAX_IMAGE_WIDTH && height <= MAX_IMAGE_HEIGHT) return undefined;
  const temporary = `${file}.tmp`;
  const resized = sharp(file, { limitInputPixels: MAX_SHRINK_PIXELS })
    .rotate()
    .resize({ width: MAX_IMAGE_WIDTH, height: MAX_IMAGE_HEIGHT, fit: 'inside' });
  const format = meta.format === 'heif' ? 'avif' : meta.format;
  if (format === 'jpeg') resized.jpeg({ quality: 85, mozjpeg: true });
  else if (format === 'png') resized.png();
  else if (format === 'webp') resized.webp({ quality: 85 });
  else if (format === 'avif') resized.avif({ quality: 60 });
  const written = await resized.keepIccProfile().toFile(temporary);
  await rename(temporary, file);
  return [`${width} × ${height}`, `${written.width} × ${written.height}`];
}

const targets = process.argv.slice(2);
if (!targets.length) {
  console.error('Cách dùng: npm run images:shrink -- <ảnh hoặc thư mục> …');
  process.exitCode = 1;
} else {
  let shrunk = 0;
  for (const target of targets) {
    for (const file of await images(target)) {
      const done = await shrink(file).catch((error: Error) => {
        console.error(`Không thu nhỏ được ${file}: ${error.message}`);
        process.exitCode = 1;
        return undefined;
      });
      if (!done) continue;
      shrunk++;
      console.log(`Đã thu nhỏ ${file}: ${done[0]} → ${done[1]} px.`);
    }
  }
  console.log(
    shrunk
      ? `Đã thu nhỏ ${shrunk} ảnh.`
      : `Không có ảnh nào rộng hơn ${MAX_IMAGE_WIDTH} px hay cao hơn ${MAX_IMAGE_HEIGHT} px.`,
  );
}
