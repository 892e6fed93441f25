import { PAGE_SIZES } from '../search/filters.ts';

/** One page of a paginated list. */
export interface PageInfo<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  last: number;
  total: number;
  /** URL of each page, index 0 = page 1. */
  urls: string[];
}

/** The URL of page n of a list whose first page is at base: base, base/trang/2/, … */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}trang/${n}/`;
}

/** Split items into pages of PAGE_SIZES.list; an empty list still has one page. */
export function pages<T>(items: readonly T[], base: string, size: number = PAGE_SIZES.list): PageInfo<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  const urls = Array.from({ length: last }, (_, i) => pageUrl(base, i + 1));
  return urls.map((_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    current: i + 1,
    last,
    total: items.length,
    urls,
  }));
}

/** The rest-parameter of a paginated route: undefined for page 1, "trang/2" for page 2. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `trang/${n}`;
}
