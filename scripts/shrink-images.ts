/**
 * `npm run images:shrink -- <image or folder> …`: brings photos wider than
 * 2,400 px (what `npm run check:content` flags) down to 2,400 px, in place,
 * in their own format (JPEG at quality 85), keeping their orientation. A
 * folder is searched for images. Images already narrow enough are left as
 * they are.
 */
import { readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { MAX_IMAGE_WIDTH } from '../src/loaders/check-images.ts';

const IMAGE = /\.(jpe?g|png|webp|avif)$/i;

async function images(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new Error(`Không tìm thấy "${target}".`);
  if (info.isFile()) return [target];
  const names = await readdir(target, { recursive: true });
  return names.filter((n) => IMAGE.test(n)).map((n) => path.join(target, n));
}

/** Shrinks one image when it is too wide; returns its widths before and after, or undefined. */
export async function shrink(file: string): Promise<[number, number] | undefined> {
  const meta = await sharp(file).metadata();
  // Orientation 5–8 is a photo taken sideways: its width on screen is its stored height.
  const width = (meta.orientation ?? 1) >= 5 ? meta.height : meta.width;
  if (!width || width <= MAX_IMAGE_WIDTH) return undefined;
  const temporary = `${file}.tmp`;
  const resized = sharp(file).rotate().resize({ width: MAX_IMAGE_WIDTH });
  const format = meta.format === 'heif' ? 'avif' : meta.format;
  if (format === 'jpeg') resized.jpeg({ quality: 85, mozjpeg: true });
  else if (format === 'png') resized.png();
  else if (format === 'webp') resized.webp({ quality: 85 });
  else if (format === 'avif') resized.avif({ quality: 60 });
  await resized.keepIccProfile().toFile(temporary);
  await rename(temporary, file);
  return [width, MAX_IMAGE_WIDTH];
}

const targets = process.argv.slice(2);
if (!targets.length) {
  console.error('Cách dùng: npm run images:shrink -- <ảnh hoặc thư mục> …');
  process.exitCode = 1;
} else {
  let shrunk = 0;
  for (const target of targets) {
    for (const file of await images(target)) {
      const done = await shrink(file);
      if (!done) continue;
      shrunk++;
      console.log(`Đã thu nhỏ ${file}: ${done[0]} → ${done[1]} px.`);
    }
  }
  console.log(shrunk ? `Đã thu nhỏ ${shrunk} ảnh.` : `Không có ảnh nào rộng hơn ${MAX_IMAGE_WIDTH} px.`);
}
