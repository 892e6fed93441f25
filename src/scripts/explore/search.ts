/**
 * One browse of /kham-pha/ on the Pagefind index, through the shared search
 * engine (runSearch): a page of results, the total, and facet counts for
 * combined filters (facets.ts `combineCounts`), which take one more browse
 * per facet that has filters.
 */
import { loadPagefind, runSearch, type ResultData } from '../search/engine.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from '../search/state.ts';
import { combineCounts, hasFilters, PAGE_SIZE, withoutFacet, type FacetCounts } from './facets.ts';

export interface ExploreOutcome {
  total: number;
  results: ResultData[];
  counts: Record<FilterKey, Record<string, number>>;
}

let everything: Promise<FacetCounts> | undefined;

/** Every filter value of the index with its count (read once). */
function allCounts(): Promise<FacetCounts> {
  everything ??= loadPagefind().then((pf) => pf.filters());
  return everything;
}

/** Counts within the results of a state, without loading any result. */
async function countsOf(state: SearchState): Promise<FacetCounts> {
  return (await runSearch({ ...state, sort: 'moi-nhat', page: 1 }, 0)).filters;
}

export async function explore(state: SearchState, pageSize = PAGE_SIZE): Promise<ExploreOutcome> {
  const active = FILTER_KEYS.filter((key) => state.filters[key]?.length);
  const [outcome, all, ...others] = await Promise.all([
    runSearch({ ...state, q: '' }, pageSize),
    allCounts(),
    ...active.map((key) => {
      const rest = withoutFacet(state, key);
      return hasFilters(rest) ? countsOf(rest) : Promise.resolve<FacetCounts>({});
    }),
  ]);
  const without: FacetCounts = {};
  active.forEach((key, i) => {
    without[key] = others[i]![key] ?? {};
  });
  return {
    total: outcome.total,
    results: outcome.results,
    counts: combineCounts(state, outcome.filters, without, all),
  };
}
