import slugify from '@sindresorhus/slugify';

/** A slug as a pattern source: lower-case ASCII words joined by single hyphens ("quan-uy-o-mon"). */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A whole id, file or folder name: the one rule for every id on the site. */
export const SLUG_PATTERN = new RegExp(`^${SLUG}$`);

/** Whether text is a valid id. */
export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/**
 * The URL slug of a Vietnamese title: "Đảng ủy Khối" → "dang-uy-khoi".
 * Used for folder names of entries, taxonomy URLs and anchors alike.
 */
export function slug(text: string): string {
  return slugify(text.normalize('NFC'), {
    customReplacements: [
      ['đ', 'd'],
      ['Đ', 'D'],
    ],
  });
}
