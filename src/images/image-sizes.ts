/**
 * The widths and the format every picture on the site is encoded in. Cards,
 * galleries, covers, the link preview and the search thumbnail share widths,
 * so each source photo is encoded as few times as possible: three files a
 * cover (a cover's small sizes are the card's sizes, its largest is the link
 * preview).
 *
 * JPEG, not AVIF or WebP: the only format fast enough for a cold build of
 * the largest corpus within its budget (docs/benchmarks.md, "Images"). Every
 * browser shows JPEG, and our image cache (src/images/image-cache.ts) keeps the
 * files between builds.
 */
export const IMAGE_FORMAT = 'jpeg' as const;
/** JPEG quality (sharp's default is 80). */
export const IMAGE_QUALITY = 80;

/** Where a picture is shown: its widths and the `sizes` the layout gives it. */
export const picturePresets = {
  cover: { widths: [480, 960, 1280], sizes: '(min-width: 80rem) 78rem, 100vw' },
  card: { widths: [480, 960], sizes: '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw' },
  gallery: { widths: [480, 960], sizes: '(min-width: 50rem) 23rem, 100vw' },
  /** Images inside the story (Markdown images and <Figure>), at the text column's width. */
  body: { widths: [480, 960], sizes: '(min-width: 50rem) 46rem, 100vw' },
} as const;

export type PicturePreset = keyof typeof picturePresets;

/** The link-preview image (og:image): the cover's largest width, so it is no extra file. */
export const SHARE_WIDTH = picturePresets.cover.widths.at(-1)!;
/** The cover beside a search result: the smallest card width. */
export const THUMB_WIDTH = picturePresets.card.widths[0];
