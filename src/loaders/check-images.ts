import { stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Locate } from '../lib/error-map.ts';
import type { Problem } from '../lib/problems.ts';

/** The smallest cover width that stays sharp on a wide screen. */
export const MIN_COVER_WIDTH = 1200;
/**
 * The widest original worth keeping: the site's largest picture is 1,280 px
 * wide (src/lib/image-sizes.ts); anything much wider only makes the
 * repository and every cold build slower. `npm run images:shrink` brings a
 * photo down to this width.
 */
export const MAX_IMAGE_WIDTH = 2400;
/** The largest file an editor may add. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif']);

/** An image an entry uses: where it is named, and whether it is the cover. */
export interface ImageUse {
  /** "./anh-bia.jpg", relative to the entry file. */
  src: string;
  /** The field path that names it ("cover.src", "gallery.0.src"), or undefined for the body. */
  path?: (string | number)[];
  cover?: boolean;
  /** Line in the body, for images named there. */
  line?: number;
}

/** Every image named by an entry's frontmatter. */
export function frontmatterImages(data: Record<string, unknown>): ImageUse[] {
  const uses: ImageUse[] = [];
  const cover = data.cover as { src?: unknown } | undefined;
  if (cover && typeof cover.src === 'string') uses.push({ src: cover.src, path: ['cover', 'src'], cover: true });
  const gallery = Array.isArray(data.gallery) ? data.gallery : [];
  gallery.forEach((g: { src?: unknown }, i) => {
    if (g && typeof g.src === 'string') uses.push({ src: g.src, path: ['gallery', i, 'src'] });
  });
  return uses;
}

/** An image's size in pixels as shown (after EXIF orientation), by its `src` ("./anh-bia.jpg"). */
export type FoundImages = Map<string, { width: number; height: number }>;

/**
 * Check the images an entry uses: the file exists, is really an image, is
 * not over 10 MB, and a cover is at least 1,200 px wide. Reads only the
 * file header (sharp metadata), so it stays cheap at scale. The size of
 * every readable image goes into `found`, when given (the entry loader's).
 */
export async function checkImages(
  file: string,
  absoluteFile: string,
  uses: ImageUse[],
  locate: Locate,
  found?: FoundImages,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const dir = path.dirname(absoluteFile);
  const seen = new Set<string>();
  for (const use of uses) {
    if (!use.src.startsWith('./') || seen.has(`${use.src}:${use.cover}`)) continue;
    seen.add(`${use.src}:${use.cover}`);
    const where = {
      file,
      ...(use.path ? locate(use.path) : use.line ? { line: use.line, column: 1 } : {}),
      field: use.path?.join('.') ?? 'nội dung',
    };
    const name = use.src.slice(2);
    const absolute = path.join(dir, name);
    const info = await stat(absolute).catch(() => undefined);
    if (!info?.isFile()) {
      problems.push({
        ...where,
        message: `Không tìm thấy ảnh "${name}" cạnh index.mdx.`,
        fix: `Thêm tệp ${name} vào thư mục của bài, hoặc sửa tên ảnh cho đúng (phân biệt chữ hoa, chữ thường).`,
      });
      continue;
    }
    if (info.size > MAX_IMAGE_BYTES) {
      problems.push({
        ...where,
        message: `Ảnh "${name}" nặng ${(info.size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB, quá giới hạn 10 MB.`,
        fix: 'Thu nhỏ ảnh (chiều rộng 2.400 px là đủ) rồi lưu lại dạng JPEG chất lượng 80–85.',
      });
      continue;
    }
    const meta = await sharp(absolute)
      .metadata()
      .catch(() => undefined);
    if (!meta || !meta.format || !FORMATS.has(meta.format) || !meta.width) {
      problems.push({
        ...where,
        message: `Tệp "${name}" không phải là ảnh (có thể là tệp khác bị đổi tên).`,
        fix: 'Dùng tệp ảnh thật dạng JPEG, PNG, WebP hoặc AVIF.',
      });
      continue;
    }
    found?.set(use.src, { width: meta.autoOrient.width, height: meta.autoOrient.height });
    if (meta.width > MAX_IMAGE_WIDTH) {
      const shown = path.posix.join(path.posix.dirname(file), name);
      problems.push({
        ...where,
        message: `Ảnh "${name}" rộng ${meta.width.toLocaleString('vi-VN')} px, lớn hơn mức cần (${MAX_IMAGE_WIDTH.toLocaleString('vi-VN')} px): kho nội dung nặng thêm và trang dựng chậm hơn mà ảnh không nét hơn.`,
        fix: `Chạy npm run images:shrink -- ${shown} (thu nhỏ còn ${MAX_IMAGE_WIDTH.toLocaleString('vi-VN')} px), hoặc thu nhỏ ảnh trước khi tải lên.`,
      });
    }
    if (use.cover && meta.width < MIN_COVER_WIDTH) {
      problems.push({
        ...where,
        message: `Ảnh bìa "${name}" chỉ rộng ${meta.width} px; ảnh bìa cần rộng ít nhất ${MIN_COVER_WIDTH.toLocaleString('vi-VN')} px.`,
        fix: 'Dùng ảnh gốc lớn hơn (không phóng to ảnh nhỏ).',
      });
    }
  }
  return problems;
}
