/**
 * Pictures resolved to their files: the `<img>` attributes of one source at
 * one preset's widths (src/lib/image-sizes.ts), as Astro's `<Image>` would
 * write them.
 *
 * Every entry's cover and card are resolved once per build, in `getEntries()`
 * (called from the routes' getStaticPaths, before any page renders), not
 * while a page renders. Astro's incremental build records, for each page it
 * may skip next time, every image transform the page resolved, so it can
 * register them again without rendering it; pages full of cards made that
 * record about 600 MB at 25,525 entries, past the longest string Node can
 * write, and the build failed. Resolved outside a page, the transforms are
 * registered anew by every build and recorded by none.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { IMAGE_FORMAT, IMAGE_QUALITY, picturePresets, type PicturePreset } from './image-sizes.ts';

/** One picture's files and the attributes of its `<img>` (without alt, loading and priority: the page's choice). */
export interface Picture {
  /** The largest width's file (the `src`). */
  src: string;
  /** Every width's file, as a `srcset` attribute. */
  srcset: string;
  /** The preset's `sizes` attribute. */
  sizes: string;
  /** The largest file's size in pixels. */
  width: number;
  height: number;
  /** Each width's file by its width in pixels (the link preview and the search thumbnail pick from these). */
  files: Record<number, string>;
}

/** The source's width, read from a copy: reading Astro's image object marks the original as used and copies it to dist. */
function widthOf(src: ImageMetadata): number {
  return (src as ImageMetadata & { clone?: ImageMetadata }).clone?.width ?? src.width;
}

/** `src` at the widths of `preset`; its `src` is the largest of them, so no file is made outside the srcset. */
export async function resolvePicture(src: ImageMetadata, preset: PicturePreset): Promise<Picture> {
  const { widths, sizes } = picturePresets[preset];
  const image = await getImage({
    src,
    format: IMAGE_FORMAT,
    quality: IMAGE_QUALITY,
    widths: [...widths],
    width: Math.min(widths.at(-1)!, widthOf(src)),
    sizes,
  });
  const files: Record<number, string> = {};
  for (const value of image.srcSet.values) files[Number.parseInt(value.descriptor ?? '', 10)] = value.url;
  return {
    src: image.src,
    srcset: image.srcSet.attribute,
    sizes,
    width: Number(image.attributes.width),
    height: Number(image.attributes.height),
    files,
  };
}
