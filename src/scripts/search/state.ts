/**
 * The search and browse state, kept in the URL so a search can be shared and
 * Back works: ?q=…&kind=…&field=…&province=…&year=…&unit=…&campaign=…&sort=…&page=…
 */

import { FILTER_KEYS, SORTS, type FilterKey, type Sort } from '../../search/filters.ts';

export { FILTER_KEYS, SORTS, type FilterKey, type Sort };

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: Sort;
  page: number;
  /** Seed of the random order, so a shared "khám phá ngẫu nhiên" link shows the same order. */
  seed?: number;
}

export function parseState(search: string, defaultSort: Sort = 'lien-quan'): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  const sort = SORTS.find((s) => s === params.get('sort')) ?? defaultSort;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const seed = Number.parseInt(params.get('seed') ?? '', 10);
  return {
    q: (params.get('q') ?? '').normalize('NFC'),
    filters,
    sort,
    page,
    ...(Number.isFinite(seed) ? { seed } : {}),
  };
}

export function serializeState(state: SearchState, defaultSort: Sort = 'lien-quan'): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== defaultSort) params.set('sort', state.sort);
  if (state.sort === 'ngau-nhien' && state.seed !== undefined) params.set('seed', String(state.seed));
  if (state.page > 1) params.set('page', String(state.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Whether any filter value is ticked. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => (state.filters[key]?.length ?? 0) > 0);
}

/** The state with one filter value ticked or unticked, back on the first page. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string, on?: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const has = current.includes(value);
  const next = (on ?? !has) ? (has ? current : [...current, value]) : current.filter((v) => v !== value);
  const filters = { ...state.filters, [key]: next };
  if (!next.length) delete filters[key];
  return { ...state, filters, page: 1 };
}

/** Pagefind's filter object for a state: every value of a key is accepted (any), keys combine (all). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (state.filters[key]?.length) out[key] = { any: state.filters[key]! };
  return out;
}

/** A deterministic shuffle (for "khám phá ngẫu nhiên"): the same seed gives the same order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
