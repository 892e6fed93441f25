/**
 * The /kham-pha/ browse state on top of the shared search state (state.ts):
 * which facets exist and what they are called, how a URL becomes a browse
 * state (no query, "Mới nhất" by default, a random order always has its
 * seed), and the pure changes the page makes to it. No DOM here.
 */
import {
  FILTER_KEYS,
  parseState,
  serializeState,
  type FilterKey,
  type SearchState,
  type Sort,
} from '../search/state.ts';

/** The default order of the browse page. */
export const DEFAULT_SORT: Sort = 'moi-nhat';

/** Results per page. */
export const PAGE_SIZE = 12;

/** The facet groups in the order the page shows them, with their Vietnamese names. */
export const FACETS: readonly { key: FilterKey; legend: string }[] = [
  { key: 'kind', legend: 'Loại' },
  { key: 'field', legend: 'Lĩnh vực' },
  { key: 'province', legend: 'Địa phương' },
  { key: 'year', legend: 'Năm' },
  { key: 'unit', legend: 'Đơn vị' },
  { key: 'campaign', legend: 'Phong trào' },
];

export function facetLegend(key: FilterKey): string {
  return FACETS.find((f) => f.key === key)?.legend ?? key;
}

/** The orders the page offers (a query's "liên quan" has no meaning without a query). */
export const EXPLORE_SORTS: readonly { id: Sort; label: string }[] = [
  { id: 'moi-nhat', label: 'Mới nhất' },
  { id: 'nam', label: 'Năm được biểu dương' },
  { id: 'ten', label: 'Theo tên' },
  { id: 'ngau-nhien', label: 'Khám phá ngẫu nhiên' },
];

/** A new seed for "khám phá ngẫu nhiên": 1–999 999, never the previous one. */
export function newSeed(previous?: number, random: () => number = Math.random): number {
  for (;;) {
    const seed = 1 + Math.floor(random() * 999_999);
    if (seed !== previous) return seed;
  }
}

/**
 * The browse state of a URL's query string. A query (?q=) belongs to
 * /tim-kiem/ and is dropped; a random order without a seed gets one (the
 * page then writes it into the URL so the link reproduces the order).
 */
export function readState(search: string, seed: () => number = () => newSeed()): SearchState {
  const parsed = parseState(search, DEFAULT_SORT);
  const sort = EXPLORE_SORTS.some((s) => s.id === parsed.sort) ? parsed.sort : DEFAULT_SORT;
  const state: SearchState = { q: '', filters: parsed.filters, sort, page: parsed.page };
  if (sort === 'ngau-nhien') state.seed = parsed.seed ?? seed();
  return state;
}

/** The query string of a browse state ("" for the default view). */
export function writeState(state: SearchState): string {
  return serializeState({ ...state, q: '' }, DEFAULT_SORT);
}

/** Whether any filter is set. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => (state.filters[key]?.length ?? 0) > 0);
}

/** Adds or removes one filter value; back to page 1. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const values = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const filters = { ...state.filters, [key]: values };
  if (!values.length) delete filters[key];
  return { ...state, filters, page: 1 };
}

/** No filters; the order stays. */
export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: {}, page: 1 };
}

/** Another order; choosing the random order always draws a new seed. */
export function withSort(state: SearchState, sort: Sort, seed: (previous?: number) => number = newSeed): SearchState {
  const next: SearchState = { ...state, sort, page: 1 };
  delete next.seed;
  if (sort === 'ngau-nhien') next.seed = seed(state.seed);
  return next;
}

/** The same filters and order, another page. */
export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page: Math.max(1, Math.floor(page)) };
}

/** The same state without one facet's filters. */
export function withoutFacet(state: SearchState, key: FilterKey): SearchState {
  const filters = { ...state.filters };
  delete filters[key];
  return { ...state, filters };
}

/** The active filters as chips, in facet order: "Loại: Mô hình". */
export function chips(state: SearchState): { key: FilterKey; value: string; label: string }[] {
  return FACETS.flatMap(({ key, legend }) =>
    (state.filters[key] ?? []).map((value) => ({ key, value, label: `${legend}: ${value}` })),
  );
}

export type FacetCounts = Partial<Record<FilterKey, Record<string, number>>>;

/**
 * Facet counts the way a faceted browse reads them: values of one facet
 * combine with "or", facets with "and", so a value's count is the number of
 * results it would give with the *other* facets' filters as they are.
 * `current` holds Pagefind's counts within the current results; `without`
 * the counts of a browse without that facet's own filters, for each facet
 * that has some; `all` the counts of the whole index (a browse with no
 * filter at all reports none).
 */
export function combineCounts(
  state: SearchState,
  current: FacetCounts,
  without: FacetCounts,
  all: FacetCounts,
): Record<FilterKey, Record<string, number>> {
  const out = {} as Record<FilterKey, Record<string, number>>;
  const filtered = hasFilters(state);
  for (const key of FILTER_KEYS) {
    const own = (state.filters[key]?.length ?? 0) > 0;
    const othersFiltered = hasFilters(withoutFacet(state, key));
    const source = !filtered ? all[key] : own ? (othersFiltered ? without[key] : all[key]) : current[key];
    out[key] = { ...source };
  }
  return out;
}

/** The last page for a number of results (at least 1). */
export function lastPage(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
