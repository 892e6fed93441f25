import slugify from '@sindresorhus/slugify';

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
