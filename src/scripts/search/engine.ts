/**
 * Runs a search or a browse on the Pagefind index in the browser: loads
 * Pagefind on first use, expands the query for đ (query.ts), merges the
 * results, applies filters and sorts, counts the facets and returns one page
 * of results.
 *
 * Ranking, on top of Pagefind's own scores:
 * - every spelling of the query (d/đ) is searched and each page keeps its best score;
 * - when the query carries tone marks, the same spellings are searched again with
 *   `exactDiacritics`, and those pages come first ("hòa" above "hóa");
 * - Pagefind scores every match of a quoted phrase 1, so phrase matches are ranked
 *   by the score of the same words without quotes ("Chợ 0 đồng" above a page that
 *   only mentions it).
 */
import { hasPhrase, hasTypedAccents, mergeHits, normalizeQuery, queryVariants, withoutQuotes } from './query.ts';
import { FILTER_KEYS, pagefindFilters, shuffle, type FilterKey, type SearchState, type Sort } from './state.ts';

/** What a result shows; the fields come from the entry page (SearchData.astro). */
export interface ResultData {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matched words (see excerpt.ts). */
  excerpt: string;
  kind: string;
  summary: string;
  image?: string;
  published: string;
  year: string;
  name: string;
}

/** Per filter key, per value, a number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchOutcome {
  total: number;
  results: ResultData[];
  /**
   * Facet counts: for each value, how many results the search would have with
   * that value ticked too (values of one key widen the search, keys narrow it;
   * a key with ticked values is counted without them).
   */
  filters: FilterCounts;
  /** Every filter value in the index, with its total count. */
  allFilters: FilterCounts;
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

/** Above this many results of a d/đ search, facet counts are the largest count of one spelling, not read per page. */
export const EXACT_COUNT_LIMIT = 200;

/** Per Pagefind instance: its filter totals, its pages' filters, and each sort's order of all pages. */
interface Cache {
  totals?: Promise<FilterCounts>;
  filtersById: Map<string, Promise<Record<string, string[]>>>;
  ranks: Map<string, Promise<Map<string, number>>>;
}
const caches = new WeakMap<Pagefind, Cache>();
function cacheOf(pf: Pagefind): Cache {
  let c = caches.get(pf);
  if (!c) caches.set(pf, (c = { filtersById: new Map(), ranks: new Map() }));
  return c;
}

/** Every filter value with its count. Also makes Pagefind load every filter, so searches count them all. */
function totals(pf: Pagefind): Promise<FilterCounts> {
  const c = cacheOf(pf);
  c.totals ??= pf.filters();
  return c.totals;
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
    published: d.meta.published ?? '',
    year: d.meta.year ?? '',
    name: d.meta.name ?? '',
  };
}

/** The pages a query (or a browse, q = '') finds under some filters: one response per spelling, and their union. */
interface Found {
  responses: PagefindResponse[];
  /** Each page once, best first; the result object is the one of the spelling that scored it best. */
  hits: PagefindResult[];
}

async function find(pf: Pagefind, q: string, filters: Record<string, unknown>, rankHits: boolean): Promise<Found> {
  if (!q) {
    const response = await pf.search(null, { filters });
    return { responses: [response], hits: response.results };
  }
  const variants = queryVariants(q);
  const responses = await Promise.all(variants.map((v) => pf.search(v, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const r of responses)
    for (const hit of r.results) if (hit.score > (best.get(hit.id)?.score ?? -Infinity)) best.set(hit.id, hit);
  if (!rankHits) return { responses, hits: [...best.values()] };

  let lists = responses.map((r) => r.results.map(({ id, score }) => ({ id, score })));
  if (hasPhrase(q)) {
    const loose = await Promise.all(queryVariants(withoutQuotes(q)).map((v) => pf.search(v, { filters })));
    const scores = new Map<string, number>();
    for (const r of loose) for (const h of r.results) scores.set(h.id, Math.max(scores.get(h.id) ?? 0, h.score));
    lists = lists.map((list) => list.map(({ id }) => ({ id, score: scores.get(id) ?? 0 })));
  }
  let exact: { id: string; score: number }[] = [];
  if (hasTypedAccents(q)) {
    await pf.options({ exactDiacritics: true });
    try {
      exact = (await Promise.all(variants.map((v) => pf.search(v, { filters })))).flatMap((r) => r.results);
    } finally {
      await pf.options({ exactDiacritics: false });
    }
  }
  return { responses, hits: mergeHits(lists, exact).map((h) => best.get(h.id)!) };
}

/** Counts of the given keys among the pages found. */
async function countWithin(pf: Pagefind, found: Found, keys: readonly FilterKey[]): Promise<FilterCounts> {
  const out: FilterCounts = {};
  /** Every value Pagefind knows for a key, at 0. */
  const zeros = (key: string) =>
    Object.fromEntries(found.responses.flatMap((r) => Object.keys(r.filters[key] ?? {})).map((v) => [v, 0]));
  if (found.responses.length === 1) {
    for (const key of keys) out[key] = { ...found.responses[0]!.filters[key] };
    return out;
  }
  if (found.hits.length <= EXACT_COUNT_LIMIT) {
    // Several spellings: their counts overlap, so read each page's filters and count the union.
    const all = await Promise.all(found.hits.map((h) => filtersOf(pf, h)));
    for (const key of keys) {
      const counts: Record<string, number> = zeros(key);
      for (const f of all) for (const value of f[key] ?? []) counts[value] = (counts[value] ?? 0) + 1;
      out[key] = counts;
    }
    return out;
  }
  for (const key of keys) {
    const counts: Record<string, number> = zeros(key);
    for (const r of found.responses)
      for (const [value, n] of Object.entries(r.filters[key] ?? {})) counts[value] = Math.max(counts[value] ?? 0, n);
    out[key] = counts;
  }
  return out;
}

/** Facet counts for a state: keys without ticked values count within the results, each other key without itself. */
async function facetCounts(pf: Pagefind, q: string, state: SearchState, found: Found): Promise<FilterCounts> {
  const active = FILTER_KEYS.filter((k) => state.filters[k]?.length);
  const out = await countWithin(
    pf,
    found,
    FILTER_KEYS.filter((k) => !active.includes(k)),
  );
  for (const key of active) {
    const others = pagefindFilters({ ...state, filters: { ...state.filters, [key]: [] } });
    Object.assign(out, await countWithin(pf, await find(pf, q, others, false), [key]));
  }
  return out;
}

async function search(state: SearchState, pageSize: number, pagefind?: Pagefind): Promise<SearchOutcome> {
  const pf = pagefind ?? (await loadPagefind());
  const allFilters = await totals(pf);
  const q = normalizeQuery(state.q);
  const found = await find(pf, q, pagefindFilters(state), true);

  // Without a query there is no relevance: the newest first.
  const sortName: Sort = !q && state.sort === 'lien-quan' ? 'moi-nhat' : state.sort;
  const sort = SORT_KEYS[sortName];
  let ordered = found.hits;
  if (sort) {
    const position = await rank(pf, sort);
    ordered = [...ordered].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
  } else if (sortName === 'ngau-nhien') {
    ordered = shuffle(
      [...ordered].sort((a, b) => a.id.localeCompare(b.id)),
      state.seed ?? 1,
    );
  }

  const start = (state.page - 1) * pageSize;
  const [results, filters] = await Promise.all([
    Promise.all(ordered.slice(start, start + pageSize).map((r) => toData(pf, r))),
    facetCounts(pf, q, state, found),
  ]);
  return { total: ordered.length, results, filters, allFilters };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Search (with a query) or browse (without), one page at a time. Calls run one
 * after another: the exact-accent pass switches a Pagefind option for a moment.
 */
export function runSearch(state: SearchState, pageSize = 12, pagefind?: Pagefind): Promise<SearchOutcome> {
  const run = queue.then(() => search(state, pageSize, pagefind));
  queue = run.catch(() => undefined);
  return run;
}
