/**
 * What an image an editor adds may be: where it lives, what it is and how big
 * it may be. One place for the schema (src/schemas/media.ts), the story's
 * images (src/mdx/mdx-body.ts), the check (src/checks/check-images.ts)
 * and `npm run images:shrink`.
 */

/**
 * An image beside index.mdx, written "./ten-anh.jpg": one file name, no folder,
 * no "..", no other site. Nothing outside the entry's own folder can be named.
 */
export const LOCAL_IMAGE = /^\.\/[^/\\]+\.(jpe?g|png|webp|avif)$/i;

/** The decoded formats accepted (sharp's names); SVG, GIF, TIFF and the rest are not. */
export const IMAGE_FORMATS: ReadonlySet<string> = new Set(['jpeg', 'png', 'webp', 'avif', 'heif']);

/** The smallest cover width that stays sharp on a wide screen. */
export const MIN_COVER_WIDTH = 1200;

/**
 * The widest original worth keeping: the site's largest picture is 1,280 px
 * wide (src/images/image-sizes.ts); anything wider only makes the repository and
 * every cold build slower.
 */
export const MAX_IMAGE_WIDTH = 2400;

/** The tallest: a 3:4 portrait at the widest width. Taller strips are not photos and break encoders. */
export const MAX_IMAGE_HEIGHT = 3200;

/**
 * Past this many pixels an image is not even decoded in a check or a build (a
 * small file can claim 20,000 × 20,000 px and take gigabytes to open).
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * What `npm run images:shrink`, run by an editor on one photo, still opens
 * (sharp's own default limit, 16,383 × 16,383 px); past it, only an image editor can help.
 */
export const MAX_SHRINK_PIXELS = 16_383 * 16_383;

/** The largest file an editor may add. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
