/**
 * The widths and formats every picture on the site is encoded in. Cards,
 * galleries and covers share widths so each source image is encoded as few
 * times as possible (a cover's small sizes are the card's sizes).
 */
export const FORMATS: ('avif' | 'webp')[] = ['avif', 'webp'];
/** The `<img>` fallback for browsers without AVIF/WebP support in <picture>. */
export const FALLBACK = 'webp' as const;
export const COVER_WIDTHS = [480, 960, 1600];
export const CARD_WIDTHS = [480, 960];
export const GALLERY_WIDTHS = [480, 960];
/** Images inside the story (WebP only, through the content layer). */
export const BODY_WIDTHS = [480, 960];
