import { z } from 'astro/zod';
import { LOCAL_IMAGE } from '../images/image-limits.ts';
import { MAX_REF_CHARS } from '../lib/limits.ts';
import { missingOr, text } from './common.ts';

/**
 * The image helper a schema is built with: `sourceImage` in the build (the
 * entry loader has read the file by then), a plain path check in tests and
 * editor tools.
 */
export type ImageFn<I extends z.ZodType = z.ZodType> = () => I;

/** A path-only image helper, for tools that run outside Astro. */
export const imagePath = () =>
  z
    .string({ error: 'Thiếu đường dẫn ảnh (src), ví dụ ./anh-bia.jpg.' })
    .max(MAX_REF_CHARS, { error: `Đường dẫn ảnh dài quá ${MAX_REF_CHARS} ký tự.`, abort: true })
    .regex(LOCAL_IMAGE, {
      error: 'Ảnh phải nằm cạnh index.mdx và viết dạng ./ten-anh.jpg (jpg, png, webp hoặc avif).',
    });

/**
 * An image file beside index.mdx as the entry loader found it
 * (src/images/source-images.ts): what the site's own image pipeline needs to
 * name and encode its files (src/images/pictures.ts) without Vite ever loading
 * the original.
 */
export const sourceImage = () =>
  z.strictObject({
    /** The original, relative to the project root (content/tap-the/…/anh-bia.jpg). */
    file: z.string(),
    /** Its size in pixels as shown, after EXIF orientation. */
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    /** The digest of its bytes: a replaced photo gets new file names, so no cache serves the old one. */
    digest: z.string(),
  });

/** An image file as the build sees it. */
export type SourceImage = z.infer<ReturnType<typeof sourceImage>>;

/** Ảnh bìa: the cover shown on cards and at the top of the entry page. */
export function coverSchema<I extends z.ZodType>(image: ImageFn<I>) {
  return z.strictObject(
    {
      /** Tệp ảnh nằm cạnh index.mdx, ví dụ ./anh-bia.jpg (rộng ít nhất 1.200 px). */
      src: image(),
      /** Mô tả ảnh cho người khiếm thị: ảnh cho thấy gì. */
      alt: text('mô tả ảnh (alt)', 250),
      /** Nguồn ảnh, ví dụ "Ảnh: T.T" hoặc "Ảnh minh họa". */
      credit: text('nguồn ảnh (credit)', 120),
      /**
       * Ghi `true` khi bài này cố ý dùng chung đúng tệp ảnh này với một bài khác (ví dụ ảnh một buổi lễ chung);
       * không có dòng này, một ảnh giống hệt ảnh của bài khác bị báo lỗi.
       */
      shared: z.literal(true, { error: 'shared chỉ ghi "true" (ảnh cố ý dùng chung với bài khác).' }).optional(),
    },
    {
      error: missingOr('ảnh bìa (cover)', 'Ảnh bìa (cover) phải gồm các dòng src, alt, credit viết thụt lề bên dưới.'),
    },
  );
}

/** Một ảnh trong bộ ảnh (gallery), có chú thích. */
export function galleryItemSchema<I extends z.ZodType>(image: ImageFn<I>) {
  return z.strictObject({
    /** Tệp ảnh nằm cạnh index.mdx, ví dụ ./hoat-dong-1.jpg. */
    src: image(),
    /** Mô tả ảnh cho người khiếm thị. */
    alt: text('mô tả ảnh (alt)', 250),
    /** Chú thích hiện dưới ảnh. */
    caption: text('chú thích ảnh', 300),
    /** Nguồn ảnh, ví dụ "Ảnh: P.V". */
    credit: text('nguồn ảnh (credit)', 120),
    /**
     * Ghi `true` khi bài này cố ý dùng chung đúng tệp ảnh này với một bài khác (ví dụ ảnh một buổi lễ chung);
     * không có dòng này, một ảnh giống hệt ảnh của bài khác bị báo lỗi.
     */
    shared: z.literal(true, { error: 'shared chỉ ghi "true" (ảnh cố ý dùng chung với bài khác).' }).optional(),
  });
}
