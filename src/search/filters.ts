/**
 * What search and browse share between the build and the browser: the filter
 * keys and their names, the orders, the page sizes. A neutral module: the
 * pages (build) and src/scripts (browser) both import it, never each other.
 */
import { SORT_LABELS, SORTS, type Sort } from '../data/labels.ts';

export { SORT_LABELS, SORTS, type Sort };

/** The filters, as they appear in URLs (?kind=…&field=…) and in the search index. */
export const FILTER_KEYS = ['kind', 'field', 'province', 'year', 'unit', 'campaign'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The facets in the order they are shown, with their Vietnamese names. */
export const FACETS: readonly { key: FilterKey; label: string }[] = [
  { key: 'kind', label: 'Loại' },
  { key: 'field', label: 'Lĩnh vực' },
  { key: 'province', label: 'Địa phương' },
  { key: 'year', label: 'Năm' },
  { key: 'unit', label: 'Đơn vị' },
  { key: 'campaign', label: 'Phong trào' },
];

/** Entries per page: static lists (kinds, taxonomy terms), search results, explore cards. */
export const PAGE_SIZES = { list: 24, search: 10, explore: 12 } as const;

/** The default order of /kham-pha/ (no query, so "liên quan" has no meaning there). */
export const EXPLORE_DEFAULT_SORT: Sort = 'moi-nhat';

/** The orders /kham-pha/ offers. */
export const EXPLORE_SORTS: readonly { id: Sort; label: string }[] = (
  ['moi-nhat', 'nam', 'ten', 'ngau-nhien'] as const
).map((id) => ({ id, label: SORT_LABELS[id] }));
