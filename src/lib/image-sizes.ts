/**
 * The widths and formats every picture on the site is encoded in. Cards,
 * galleries and covers share widths so each source image is encoded as few
 * times as possible (a cover's small sizes are the card's sizes).
 */
export const FORMATS: ('avif' | 'webp')[] = ['avif', 'webp'];
/** The `<img>` fallback inside <picture>. */
export const FALLBACK = 'webp' as const;
/** Images inside the story (WebP only, through the content layer). */
export const BODY_WIDTHS = [480, 960];

/** Where a picture is shown: its widths and the `sizes` the layout gives it. */
export const picturePresets = {
  cover: { widths: [480, 960, 1600], sizes: '(min-width: 80rem) 78rem, 100vw' },
  card: { widths: [480, 960], sizes: '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw' },
  gallery: { widths: [480, 960], sizes: '(min-width: 50rem) 23rem, 100vw' },
} as const;

export type PicturePreset = keyof typeof picturePresets;
