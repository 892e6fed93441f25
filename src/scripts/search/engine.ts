/**
 * Runs a search or a browse on the Pagefind index in the browser: loads
 * Pagefind on first use, expands the query for đ (query.ts), merges the
 * results, applies filters and sorts, and returns one page of results at once
 * and the facet counts a moment later (`counts`), so a reader on a phone sees
 * results before the filter index has loaded.
 *
 * Ranking, on top of Pagefind's own scores:
 * - every spelling of the query (d/đ) is searched and each page keeps its best score;
 * - when the query carries tone marks, the same spellings are searched again with
 *   `exactDiacritics`, and those pages come first ("hòa" above "hóa");
 * - Pagefind scores every match of a quoted phrase 1, so phrase matches are ranked
 *   by the score of the same words without quotes ("Chợ 0 đồng" above a page that
 *   only mentions it).
 *
 * Cost, which matters at 25,000 entries: only the shown page's results are read
 * (Pagefind bundles them in fragment files); facet counts come from Pagefind's
 * own counts, never from reading results. Several d/đ spellings overlap, so
 * their union is counted by inclusion–exclusion over searches (unionTerms in
 * query.ts): |A ∪ B| = |A| + |B| − |A ∩ B|, where "A ∩ B" is one search for
 * both words, since Pagefind finds pages that contain every word.
 */
import {
  hasPhrase,
  hasTypedAccents,
  mergeHits,
  normalizeQuery,
  queryVariants,
  unionTerms,
  withoutQuotes,
} from './query.ts';
import { FILTER_KEYS, pagefindFilters, shuffle, type FilterKey, type SearchState, type Sort } from './state.ts';

/** What a result shows; the fields come from the entry page (SearchData.astro). */
export interface ResultData {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matched words (read by excerptParts in view.ts). */
  excerpt: string;
  kind: string;
  summary: string;
  image?: string;
  /** "Sóc Trăng (nay là Cần Thơ)": shown on the typographic cover of a result without a photo. */
  place?: string;
  published: string;
  year: string;
  name: string;
  /** Illustrative content: the result carries the "Nội dung minh họa" badge. */
  sample: boolean;
}

/** Per filter key, per value, a number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface FacetCounts {
  /**
   * For each value, how many results the search would have with that value
   * ticked too (values of one key widen the search, keys narrow it; a key with
   * ticked values is counted without them). Every value of a counted key is
   * there, at 0 when the search has none.
   */
  filters: FilterCounts;
}

export interface SearchOutcome {
  total: number;
  results: ResultData[];
  /**
   * The facet counts, computed after the results. Rejects with an AbortError
   * when a newer search started first (its counts are the ones to show).
   */
  counts: Promise<FacetCounts>;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Load Pagefind from the site (its index is written by the build into /pagefind/). */
export function loadPagefind(base = '/pagefind/pagefind.js'): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ base)) as Pagefind;
    await pagefind.options({ excerptLength: 26 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

const SORT_KEYS: Partial<Record<Sort, { key: string; direction: 'asc' | 'desc' }>> = {
  'moi-nhat': { key: 'published', direction: 'desc' },
  nam: { key: 'year', direction: 'desc' },
  ten: { key: 'name', direction: 'asc' },
};

/** Overlapping pages of a quoted phrase's d/đ spellings read to count them once; above this, the larger count is shown. */
export const PHRASE_OVERLAP_LIMIT = 60;
/** Searches kept per Pagefind instance (the counts reuse the results' searches). */
const CACHED_SEARCHES = 60;

/** Per Pagefind instance: its searches, its pages' filters, and each sort's order of all pages. */
interface Cache {
  /** Whether every filter file is loaded: then every search counts every key. */
  allLoaded: boolean;
  searches: Map<string, Promise<unknown>>;
  filtersById: Map<string, Promise<Record<string, string[]>>>;
  ranks: Map<string, Promise<Map<string, number>>>;
}
const caches = new WeakMap<Pagefind, Cache>();
function cacheOf(pf: Pagefind): Cache {
  let c = caches.get(pf);
  if (!c) caches.set(pf, (c = { allLoaded: false, searches: new Map(), filtersById: new Map(), ranks: new Map() }));
  return c;
}

/**
 * The filters for a search that counts some keys: Pagefind loads a key's
 * filter file (tens of kilobytes at 25,000 entries) only when a search names
 * the key, and counts only loaded keys, so each key to count is named, with no
 * value when it does not filter (which keeps every page).
 */
function counting(filters: Record<string, unknown>, keys: readonly FilterKey[]): Record<string, unknown> {
  const out = { ...filters };
  for (const key of keys) out[key] ??= [];
  return out;
}

/**
 * Every value of every key with its number of pages in the whole index: what a
 * browse without filters counts. Pagefind's filters() loads every filter file
 * and answers at once, where a browse that names a key scores every page (seconds
 * at 25,000 entries).
 */
function totals(pf: Pagefind): Promise<FilterCounts> {
  return remember(pf, ['totals'], async () => {
    const all = await pf.filters();
    cacheOf(pf).allLoaded = true;
    return all;
  });
}

/**
 * A browse (no query) under some filters, in a sort order. Once every filter
 * file is loaded (totals), its response counts every key, and the counts of the
 * facets reuse it. (Loading them first would make the first browse count every
 * key over every page: seconds at 25,000 entries, where the totals cost nothing.)
 */
function browse(
  pf: Pagefind,
  filters: Record<string, unknown>,
  sort?: Record<string, string>,
): Promise<PagefindResponse> {
  return searchOnce(pf, null, { filters, ...(sort && { sort }) });
}

/** Pagefind's sort option for a browse in this state (newest first unless another order is chosen). */
function browseSort(state: SearchState): Record<string, string> | undefined {
  const sort = SORT_KEYS[state.sort === 'lien-quan' ? 'moi-nhat' : state.sort];
  return sort && { [sort.key]: sort.direction };
}

/** One Pagefind search, remembered (the counts and the next page reuse the results' searches). */
function searchOnce(
  pf: Pagefind,
  q: string | null,
  options: { filters: Record<string, unknown>; sort?: Record<string, string> },
): Promise<PagefindResponse> {
  return remember(pf, [q, options.filters, options.sort ?? null], () =>
    pf.search(q, { filters: options.filters, ...(options.sort && { sort: options.sort }) }),
  );
}

/** The same searches with `exactDiacritics` on (switched on for them only, and off again). */
function searchExact(pf: Pagefind, queries: string[], filters: Record<string, unknown>): Promise<PagefindResponse[]> {
  return remember(pf, ['exact', queries, filters], async () => {
    await pf.options({ exactDiacritics: true });
    try {
      return await Promise.all(queries.map((q) => pf.search(q, { filters })));
    } finally {
      await pf.options({ exactDiacritics: false });
    }
  });
}

function remember<T>(pf: Pagefind, what: unknown[], run: () => Promise<T>): Promise<T> {
  const c = cacheOf(pf);
  // A search made before every filter file was loaded counts fewer keys: not the same answer.
  const key = JSON.stringify([...what, c.allLoaded]);
  let found = c.searches.get(key) as Promise<T> | undefined;
  if (!found) {
    found = run();
    found.catch(() => c.searches.delete(key));
    c.searches.set(key, found);
    if (c.searches.size > CACHED_SEARCHES) c.searches.delete(c.searches.keys().next().value!);
  }
  return found;
}

/** A page's position in the whole index under a sort (one browse search per sort, then cached). */
function rank(pf: Pagefind, sort: { key: string; direction: 'asc' | 'desc' }): Promise<Map<string, number>> {
  const c = cacheOf(pf);
  const name = `${sort.key}:${sort.direction}`;
  let r = c.ranks.get(name);
  if (!r) {
    r = pf
      .search(null, { sort: { [sort.key]: sort.direction } })
      .then((res) => new Map(res.results.map((hit, i) => [hit.id, i])));
    c.ranks.set(name, r);
  }
  return r;
}

function filtersOf(pf: Pagefind, result: PagefindResult): Promise<Record<string, string[]>> {
  const c = cacheOf(pf);
  let f = c.filtersById.get(result.id);
  if (!f) {
    f = result.data().then((d) => d.filters ?? {});
    c.filtersById.set(result.id, f);
  }
  return f;
}

async function toData(pf: Pagefind, result: PagefindResult): Promise<ResultData> {
  const d = await result.data();
  if (!cacheOf(pf).filtersById.has(result.id)) cacheOf(pf).filtersById.set(result.id, Promise.resolve(d.filters ?? {}));
  return {
    url: d.url,
    title: d.meta.title ?? '',
    excerpt: d.excerpt,
    kind: d.meta.kind ?? '',
    summary: d.meta.summary ?? '',
    image: d.meta.image,
    place: d.meta.place,
    published: d.meta.published ?? '',
    year: d.meta.year ?? '',
    name: d.meta.name ?? '',
    sample: d.meta.sample === '1',
  };
}

/** The pages a query finds under some filters, each once, best first. */
async function find(pf: Pagefind, q: string, filters: Record<string, unknown>): Promise<PagefindResult[]> {
  const variants = queryVariants(q);
  const responses = await Promise.all(variants.map((v) => searchOnce(pf, v, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const r of responses)
    for (const hit of r.results) if (hit.score > (best.get(hit.id)?.score ?? -Infinity)) best.set(hit.id, hit);

  let lists = responses.map((r) => r.results.map(({ id, score }) => ({ id, score })));
  if (hasPhrase(q)) {
    const loose = await Promise.all(queryVariants(withoutQuotes(q)).map((v) => searchOnce(pf, v, { filters })));
    const scores = new Map<string, number>();
    for (const r of loose) for (const h of r.results) scores.set(h.id, Math.max(scores.get(h.id) ?? 0, h.score));
    lists = lists.map((list) => list.map(({ id }) => ({ id, score: scores.get(id) ?? 0 })));
  }
  let exact: { id: string; score: number }[] = [];
  if (hasTypedAccents(q)) {
    exact = (await searchExact(pf, variants, filters)).flatMap((r) => r.results);
  }
  return mergeHits(lists, exact).map((h) => best.get(h.id)!);
}

/** Throws an AbortError when a newer search has started (checked between the searches of a count). */
type Guard = () => void;

/** Runs the searches one after another, checking the guard before each, so a newer search need not wait for all. */
async function each<T, R>(items: readonly T[], guard: Guard, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) {
    guard();
    out.push(await run(item));
  }
  return out;
}

/** Adds `sign` × each count of `from` (the given keys) into `into`. */
function addCounts(into: FilterCounts, from: PagefindResponse['filters'], keys: readonly FilterKey[], sign: number) {
  for (const key of keys) {
    const counts = (into[key] ??= {});
    for (const [value, n] of Object.entries(from[key] ?? {})) counts[value] = (counts[value] ?? 0) + sign * n;
  }
}

/**
 * How many pages the query finds under some filters, per value of the given
 * keys: Pagefind's counts of one search; for several d/đ spellings, their
 * union by inclusion–exclusion (see unionTerms).
 */
async function countUnion(
  pf: Pagefind,
  q: string,
  filters: Record<string, unknown>,
  keys: readonly FilterKey[],
  guard: Guard,
  browseSort?: Record<string, string>,
): Promise<FilterCounts> {
  const out: FilterCounts = {};
  if (!q) {
    guard();
    // A browse without filters counts the totals. Pagefind's totals load every filter file, after which
    // each search counts every key, slower: used when every key is asked for (/kham-pha/) or loaded already.
    if (!Object.keys(filters).length && (keys.length === FILTER_KEYS.length || cacheOf(pf).allLoaded)) {
      addCounts(out, await totals(pf), keys, 1);
      return out;
    }
    // Else the counts of the browse the results came from, when it counts every key; or a browse naming the keys.
    const named = cacheOf(pf).allLoaded ? filters : counting(filters, keys);
    addCounts(out, (await browse(pf, named, browseSort)).filters, keys, 1);
    return out;
  }
  filters = counting(filters, keys);
  const variants = queryVariants(q);
  if (variants.length === 1) {
    guard();
    addCounts(out, (await searchOnce(pf, variants[0]!, { filters })).filters, keys, 1);
    return out;
  }
  if (!hasPhrase(q)) {
    const terms = unionTerms(q);
    const responses = await each(terms, guard, (t) => searchOnce(pf, t.query, { filters }));
    responses.forEach((r, i) => addCounts(out, r.filters, keys, terms[i]!.sign));
    return out;
  }
  // A quoted phrase cannot be intersected in one search: count each spelling, then
  // take back the pages found by several (read them, there are few; or show the larger count).
  const responses = await each(variants, guard, (v) => searchOnce(pf, v, { filters }));
  const seen = new Map<string, { hit: PagefindResult; times: number }>();
  for (const r of responses)
    for (const hit of r.results) {
      const s = seen.get(hit.id);
      if (s) s.times++;
      else seen.set(hit.id, { hit, times: 1 });
    }
  const overlap = [...seen.values()].filter((s) => s.times > 1);
  if (overlap.length > PHRASE_OVERLAP_LIMIT) {
    for (const r of responses)
      for (const key of keys) {
        const counts = (out[key] ??= {});
        for (const [value, n] of Object.entries(r.filters[key] ?? {})) counts[value] = Math.max(counts[value] ?? 0, n);
      }
    return out;
  }
  for (const r of responses) addCounts(out, r.filters, keys, 1);
  const pages = await Promise.all(overlap.map(async (s) => ({ times: s.times, filters: await filtersOf(pf, s.hit) })));
  for (const page of pages)
    for (const key of keys) for (const value of page.filters[key] ?? []) out[key]![value]! -= page.times - 1;
  return out;
}

/**
 * Facet counts of some keys for a state: keys without ticked values count
 * within the results, each other key without itself.
 */
async function facetCounts(
  pf: Pagefind,
  q: string,
  state: SearchState,
  keys: readonly FilterKey[],
  guard: Guard,
): Promise<FacetCounts> {
  const sort = q ? undefined : browseSort(state);
  const active = keys.filter((k) => state.filters[k]?.length);
  const inactive = keys.filter((k) => !active.includes(k));
  const filters: FilterCounts = inactive.length
    ? await countUnion(pf, q, pagefindFilters(state), inactive, guard, sort)
    : {};
  for (const key of active) {
    const others = pagefindFilters({ ...state, filters: { ...state.filters, [key]: [] } });
    Object.assign(filters, await countUnion(pf, q, others, [key], guard, sort));
  }
  return { filters };
}

async function search(
  state: SearchState,
  pageSize: number,
  pf: Pagefind,
  keys: readonly FilterKey[],
): Promise<Omit<SearchOutcome, 'counts'> & { q: string }> {
  const q = normalizeQuery(state.q);
  // With a query, the keys to count are named already, so that the counts reuse these searches
  // (a browse that names keys scores every page: the counts of a browse come another way).
  const active = keys.filter((k) => state.filters[k]?.length);
  const filters = q
    ? counting(
        pagefindFilters(state),
        keys.filter((k) => !active.includes(k)),
      )
    : pagefindFilters(state);
  // Without a query there is no relevance: the newest first.
  const sortName: Sort = !q && state.sort === 'lien-quan' ? 'moi-nhat' : state.sort;
  const sort = SORT_KEYS[sortName];

  let ordered: PagefindResult[];
  if (!q) {
    // A browse: Pagefind sorts it.
    ordered = (await browse(pf, filters, browseSort(state))).results;
  } else {
    ordered = await find(pf, q, filters);
    if (sort) {
      const position = await rank(pf, sort);
      ordered = [...ordered].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
    }
  }
  if (sortName === 'ngau-nhien')
    ordered = shuffle(
      [...ordered].sort((a, b) => a.id.localeCompare(b.id)),
      state.seed ?? 1,
    );

  const start = (state.page - 1) * pageSize;
  const results = await Promise.all(ordered.slice(start, start + pageSize).map((r) => toData(pf, r)));
  return { q, total: ordered.length, results };
}

/** The number of the last call of runSearch: older calls give way to it. */
let latest = 0;
let queue: Promise<unknown> = Promise.resolve();

/** Run a job after the previous ones (the exact-accent pass switches a Pagefind option for a moment). */
function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.catch(() => undefined);
  return run;
}

function aborted(): DOMException {
  return new DOMException('Một lượt tìm kiếm mới đã bắt đầu.', 'AbortError');
}

/** A guard for work started while `id` was the last search. */
function until(id: number): Guard {
  return () => {
    if (id !== latest) throw aborted();
  };
}

/**
 * Search (with a query) or browse (without), one page at a time. The results
 * come first; the counts of the facets `keys` follow in `counts`. A newer call
 * wins: an older one's results and counts are given up (AbortError) as soon as
 * it starts, so typing never waits for the counts of a query already replaced.
 */
export async function runSearch(
  state: SearchState,
  pageSize = 12,
  pagefind?: Pagefind,
  keys: readonly FilterKey[] = FILTER_KEYS,
): Promise<SearchOutcome> {
  const id = ++latest;
  const guard = until(id);
  const pf = pagefind ?? (await loadPagefind());
  const found = await enqueue(() => {
    guard();
    return search(state, pageSize, pf, keys);
  });
  const counts = enqueue(() => {
    guard();
    return facetCounts(pf, found.q, state, keys, guard);
  });
  counts.catch(() => undefined);
  return { total: found.total, results: found.results, counts };
}

/** The counts of more facets for the same state (a facet the reader opens). */
export async function countFacets(
  state: SearchState,
  keys: readonly FilterKey[],
  pagefind?: Pagefind,
): Promise<FacetCounts> {
  const guard = until(latest);
  const pf = pagefind ?? (await loadPagefind());
  return enqueue(() => facetCounts(pf, normalizeQuery(state.q), state, keys, guard));
}
