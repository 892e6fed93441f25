import { lstat, open } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Locate } from '../lib/error-map.ts';
import { formatNumber } from '../lib/format.ts';
import {
  IMAGE_FORMATS,
  LOCAL_IMAGE,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_HEIGHT,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_WIDTH,
  MAX_SHRINK_PIXELS,
  MIN_COVER_WIDTH,
} from '../images/image-limits.ts';
import type { Problem } from '../lib/problems.ts';

/** An image an entry uses: where it is named, and whether it is the cover. */
export interface ImageUse {
  /** "./anh-bia.jpg", relative to the entry file. */
  src: string;
  /** The field path that names it ("cover.src", "gallery.0.src"), or undefined for the body. */
  path?: (string | number)[];
  cover?: boolean;
  /** Line in the body, for images named there. */
  line?: number;
  /** Marked `shared: true`: the same file in another entry is meant. */
  shared?: boolean;
}

/** Every image named by an entry's frontmatter. */
export function frontmatterImages(data: Record<string, unknown>): ImageUse[] {
  const uses: ImageUse[] = [];
  const cover = data.cover as { src?: unknown; shared?: unknown } | undefined;
  if (cover && typeof cover.src === 'string')
    uses.push({ src: cover.src, path: ['cover', 'src'], cover: true, shared: cover.shared === true });
  const gallery = Array.isArray(data.gallery) ? data.gallery : [];
  gallery.forEach((g: { src?: unknown; shared?: unknown }, i) => {
    if (g && typeof g.src === 'string')
      uses.push({ src: g.src, path: ['gallery', i, 'src'], shared: g.shared === true });
  });
  return uses;
}

/** An image's size in pixels as shown (after EXIF orientation), by its `src` ("./anh-bia.jpg"). */
export type FoundImages = Map<string, { width: number; height: number }>;

/** What went wrong with one image, or its size as shown when nothing did. */
type Verdict = { message: string; fix: string } | { width: number; height: number };

const px = (n: number) => `${formatNumber(n)} px`;

const broken = (name: string): Verdict => ({
  message: `Ảnh "${name}" bị hỏng hoặc tải lên chưa hết (không đọc được đến cuối tệp).`,
  fix: 'Tải lại tệp ảnh gốc lên thay cho tệp này.',
});

/**
 * Everything about one image file that can stop the build or the page: a
 * symbolic link (its target could be any file on the build machine), a
 * missing file, over 10 MB, not an image, too many pixels to open safely,
 * too wide or too tall, or a file cut short that does not decode to the end
 * (a truncated upload shows a grey half). `shown` is the path in messages.
 */
async function inspect(absolute: string, name: string, shown: string, decode: boolean): Promise<Verdict> {
  const info = await lstat(absolute).catch(() => undefined);
  if (info?.isSymbolicLink()) {
    return {
      message: `"${name}" là một liên kết (symlink) chứ không phải tệp ảnh.`,
      fix: `Xóa liên kết và đặt chính tệp ảnh vào thư mục của bài với tên ${name}.`,
    };
  }
  if (!info?.isFile()) {
    return {
      message: `Không tìm thấy ảnh "${name}" cạnh index.mdx.`,
      fix: `Thêm tệp ${name} vào thư mục của bài, hoặc sửa tên ảnh cho đúng (phân biệt chữ hoa, chữ thường).`,
    };
  }
  if (info.size > MAX_IMAGE_BYTES) {
    return {
      message: `Ảnh "${name}" nặng ${(info.size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB, quá giới hạn 10 MB.`,
      fix: 'Thu nhỏ ảnh (chiều rộng 2.400 px là đủ) rồi lưu lại dạng JPEG chất lượng 80–85.',
    };
  }
  // Read only where a verdict needs them (the build's loader, which does not decode, never does).
  const ends = () => edges(absolute, info.size);
  // The header only: no pixel is decoded before the size is known to be safe.
  const meta = await sharp(absolute, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!meta || !meta.format || !IMAGE_FORMATS.has(meta.format) || !meta.width || !meta.height) {
    // An image's signature with no readable header: an upload cut off early, not another kind of file.
    if (!meta && signature((await ends()).head)) return broken(name);
    return {
      message: `Tệp "${name}" không phải là ảnh (có thể là tệp khác bị đổi tên).`,
      fix: 'Dùng tệp ảnh thật dạng JPEG, PNG, WebP hoặc AVIF.',
    };
  }
  const { width, height } = meta.autoOrient;
  const shrink = `Chạy npm run images:shrink -- ${shown} (thu nhỏ cho vừa khung ${formatNumber(MAX_IMAGE_WIDTH)} × ${px(MAX_IMAGE_HEIGHT)})`;
  if (width * height > MAX_IMAGE_PIXELS) {
    return {
      message: `Ảnh "${name}" có ${formatNumber(width)} × ${px(height)}, quá giới hạn ${formatNumber(MAX_IMAGE_PIXELS / 1_000_000)} triệu điểm ảnh: quá lớn để mở an toàn khi dựng trang.`,
      fix:
        width * height <= MAX_SHRINK_PIXELS
          ? `${shrink}, hoặc thu nhỏ ảnh trên máy trước khi tải lên.`
          : `Thu nhỏ ảnh bằng phần mềm sửa ảnh trên máy (rộng tối đa ${px(MAX_IMAGE_WIDTH)}, cao tối đa ${px(MAX_IMAGE_HEIGHT)}) rồi tải lên lại.`,
    };
  }
  if (width > MAX_IMAGE_WIDTH) {
    return {
      message: `Ảnh "${name}" rộng ${px(width)}, lớn hơn mức cần (${px(MAX_IMAGE_WIDTH)}): kho nội dung nặng thêm và trang dựng chậm hơn mà ảnh không nét hơn.`,
      fix: `${shrink}, hoặc thu nhỏ ảnh trước khi tải lên.`,
    };
  }
  if (height > MAX_IMAGE_HEIGHT) {
    return {
      message: `Ảnh "${name}" cao ${px(height)}, quá giới hạn ${px(MAX_IMAGE_HEIGHT)}.`,
      fix: `${shrink}; nếu là ảnh ghép dài, hãy cắt thành nhiều ảnh.`,
    };
  }
  if (!decode) return { width, height };
  const { head, tail } = await ends();
  if (endsWhole(meta.format, head, tail, info.size)) return { width, height };
  // Decoded to the end (shrunk on load, so cheap): a truncated or damaged file fails here.
  const decoded = await sharp(absolute, { failOn: 'truncated', sequentialRead: true })
    .resize({ width: 64, kernel: 'nearest' })
    .raw()
    .toBuffer()
    .then(
      () => true,
      () => false,
    );
  return decoded ? { width, height } : broken(name);
}

/** The first and the last 12 bytes of a file (zeros where it is shorter). */
async function edges(file: string, size: number): Promise<{ head: Buffer; tail: Buffer }> {
  const [head, tail] = [Buffer.alloc(12), Buffer.alloc(12)];
  const handle = await open(file);
  try {
    await handle.read(head, 0, Math.min(12, size), 0);
    if (size >= 12) await handle.read(tail, 0, 12, size - 12);
  } finally {
    await handle.close();
  }
  return { head, tail };
}

/** Whether the first bytes are a JPEG's, a PNG's, a WebP's or an AVIF/HEIF's signature. */
function signature(head: Buffer): boolean {
  return (
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) ||
    head.subarray(0, 8).equals(PNG_START) ||
    (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') ||
    head.toString('latin1', 4, 8) === 'ftyp'
  );
}

const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The last bytes of a complete PNG: an empty IEND chunk and its checksum. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Whether a file ends where its format says it must (a JPEG's end-of-image
 * marker, a PNG's IEND chunk, the length a WebP file gives itself): then it
 * was not cut short, and decoding it to the end is spared (README "Images").
 * Anything else (AVIF, bytes after the end marker) is decoded to be sure.
 */
function endsWhole(format: string, head: Buffer, tail: Buffer, size: number): boolean {
  if (format === 'jpeg') return tail[10] === 0xff && tail[11] === 0xd9;
  if (format === 'png') return tail.equals(PNG_END);
  if (format === 'webp') return head.toString('latin1', 0, 4) === 'RIFF' && head.readUInt32LE(4) + 8 === size;
  return false;
}

/**
 * Check the images an entry uses (inspect() above says what is checked) and
 * that a cover is at least 1,200 px wide. Only "./ten-anh.jpg" names are
 * looked at: any other name has already been reported by the schema or the
 * body check, and can only point outside the entry's folder. The size of
 * every usable image goes into `found`, when given (the entry loader's).
 * `decode: false` skips decoding to the end, for a caller that knows the
 * content check has already done it on these very bytes.
 */
export async function checkImages(
  file: string,
  absoluteFile: string,
  uses: ImageUse[],
  locate: Locate,
  found?: FoundImages,
  decode = true,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const dir = path.dirname(absoluteFile);
  const seen = new Set<string>();
  for (const use of uses) {
    if (!LOCAL_IMAGE.test(use.src) || seen.has(`${use.src}:${use.cover}`)) continue;
    seen.add(`${use.src}:${use.cover}`);
    const where = {
      file,
      ...(use.path ? locate(use.path) : use.line ? { line: use.line, column: 1 } : {}),
      field: use.path?.join('.') ?? 'nội dung',
    };
    const name = use.src.slice(2);
    const shown = path.posix.join(path.posix.dirname(file), name);
    const verdict = await inspect(path.join(dir, name), name, shown, decode);
    if ('message' in verdict) {
      problems.push({ ...where, ...verdict });
      continue;
    }
    found?.set(use.src, { width: verdict.width, height: verdict.height });
    if (use.cover && verdict.width < MIN_COVER_WIDTH) {
      problems.push({
        ...where,
        message: `Ảnh bìa "${name}" chỉ rộng ${verdict.width} px; ảnh bìa cần rộng ít nhất ${formatNumber(MIN_COVER_WIDTH)} px.`,
        fix: 'Dùng ảnh gốc lớn hơn (không phóng to ảnh nhỏ).',
      });
    }
  }
  return problems;
}
