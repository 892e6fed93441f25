import path from 'node:path';
import type { Problem } from '../lib/problems.ts';
import { isSlug, slug } from '../lib/slug.ts';

/**
 * The id of an entry (its folder name) or of a data item (its file name
 * without .yaml) becomes a URL and a file in the build: it must be a slug,
 * never "..", a capital letter, a space or an accent. The fix suggests the
 * slug of the item's name, else of the id itself.
 */
export function checkId(file: string, id: string, name: unknown): Problem[] {
  if (isSlug(id)) return [];
  const isFolder = path.basename(file) === 'index.mdx';
  const suggestion = (typeof name === 'string' && slug(name)) || slug(id);
  const what = isFolder ? 'thư mục' : 'tệp';
  const shown = isFolder ? id : path.basename(file);
  const ext = isFolder ? '' : path.extname(file);
  return [
    {
      file,
      field: 'tệp',
      message: `Tên ${what} "${shown}" không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.`,
      fix: suggestion
        ? `Đổi tên ${what} thành "${suggestion}${ext}".`
        : `Đổi tên ${what} theo tên của mục, viết thường không dấu, nối bằng dấu gạch ngang (ví dụ "quan-uy-o-mon${ext}").`,
    },
  ];
}
