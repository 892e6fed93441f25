/**
 * Pictures resolved to their files: the `<img>` attributes of one source at
 * one preset's widths (src/images/image-sizes.ts), and the files themselves
 * asked of the site's image pipeline (src/images/image-jobs.ts,
 * src/integrations/images.ts).
 *
 * A file's name is a digest of the source's bytes and of the transform, so
 * the pipeline's cache is content-addressed: the same photo at the same width
 * is one file, whichever picture shows it (a card's files are its cover's),
 * and a replaced photo gets new names.
 *
 * Every entry's pictures are resolved once per build, in `getEntries()`
 * (called from the routes' getStaticPaths, before any page renders), so the
 * pipeline knows every file even when Astro's incremental build copies a
 * page instead of rendering it.
 */
import { IMAGE_FORMAT, IMAGE_QUALITY, picturePresets, type PicturePreset } from './image-sizes.ts';
import { addImageJob } from './image-jobs.ts';
import { sha1 } from '../cache/file-digest.ts';
import type { SourceImage } from '../schemas/media.ts';

/** Bump when the encoding changes (sharp settings), so every file is made again. */
const PIPELINE_VERSION = '2';
/** Where the files are published (Astro's `build.assets`). */
const ASSETS = '/_astro/';

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

/** The preset's widths that are not wider than the source (it is never enlarged); the source's own when none is. */
export function widthsFor(source: SourceImage, preset: PicturePreset): number[] {
  const fitting = picturePresets[preset].widths.filter((w) => w <= source.width);
  return fitting.length ? fitting : [source.width];
}

/** The URL of `source` at `width`, asked of the pipeline. */
function fileAt(source: SourceImage, width: number): string {
  const key = `${sha1(`${PIPELINE_VERSION}|${source.digest}|${width}|${IMAGE_FORMAT}|${IMAGE_QUALITY}`).slice(0, 16)}.${IMAGE_FORMAT}`;
  const stem = source.file
    .split('/')
    .at(-1)!
    .replace(/\.[^.]+$/, '');
  const url = `${ASSETS}${stem}_${width}.${key}`;
  addImageJob(url, {
    source: source.file,
    digest: source.digest,
    width,
    format: IMAGE_FORMAT,
    quality: IMAGE_QUALITY,
    key,
  });
  return url;
}

/** `source` at the widths of `preset`; its `src` is the largest of them, so no file is made outside the srcset. */
export function resolvePicture(source: SourceImage, preset: PicturePreset): Picture {
  const widths = widthsFor(source, preset);
  const files: Record<number, string> = {};
  for (const w of widths) files[w] = fileAt(source, w);
  const width = widths.at(-1)!;
  return {
    src: files[width]!,
    srcset: widths.map((w) => `${files[w]} ${w}w`).join(', '),
    sizes: picturePresets[preset].sizes,
    width,
    height: Math.round((width * source.height) / source.width),
    files,
  };
}
