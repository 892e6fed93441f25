/**
 * The /kham-pha/ browse state on top of the shared search state (state.ts):
 * which facets exist and what they are called, how a URL becomes a browse
 * state (no query, "Mới nhất" by default, a random order always has its
 * seed), and the pure changes the page makes to it. No DOM here. Ticking
 * a filter and asking whether any is ticked are state.ts's `toggleFilter` and
 * `hasFilters`; facet counts come from the engine (runSearch).
 */
import { parseState, serializeState, type FilterKey, type SearchState, type Sort } from '../search/state.ts';
import { EXPLORE_DEFAULT_SORT, EXPLORE_SORTS, FACETS, PAGE_SIZES } from '../../search/filters.ts';

export { EXPLORE_SORTS, FACETS };

/** The default order of the browse page. */
export const DEFAULT_SORT = EXPLORE_DEFAULT_SORT;

/** Results per page. */
export const PAGE_SIZE = PAGE_SIZES.explore;

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

/** The active filters as chips, in facet order: "Loại: Mô hình". */
export function chips(state: SearchState): { key: FilterKey; value: string; label: string }[] {
  return FACETS.flatMap(({ key, label }) =>
    (state.filters[key] ?? []).map((value) => ({ key, value, label: `${label}: ${value}` })),
  );
}
