/**
 * Runs a search or a browse on the Pagefind index in the browser: loads
 * Pagefind on first use, expands the query for đ (query.ts), merges the
 * results, applies filters and sorts, and returns one page of results.
 */
import { hasTypedAccents, mergeHits, normalizeQuery, queryVariants, type Hit } from './query.ts';
import { pagefindFilters, shuffle, type SearchState } from './state.ts';

/** What a result shows; the fields come from the entry page (SearchData.astro). */
export interface ResultData {
  url: string;
  title: string;
  excerpt: string;
  kind: string;
  summary: string;
  image?: string;
  published: string;
  year: string;
  name: string;
}

export interface SearchOutcome {
  total: number;
  results: ResultData[];
  /** Remaining results per filter value, for facet counts. */
  filters: Record<string, Record<string, number>>;
  /** Every filter value in the index, with its total count. */
  allFilters: Record<string, Record<string, number>>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
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
  return loading;
}

const SORT_KEYS: Record<string, { key: string; direction: 'asc' | 'desc' }> = {
  'moi-nhat': { key: 'published', direction: 'desc' },
  nam: { key: 'year', direction: 'desc' },
  ten: { key: 'name', direction: 'asc' },
};

const byKey = (key: keyof ResultData, direction: 'asc' | 'desc') => (a: ResultData, b: ResultData) =>
  (direction === 'asc' ? 1 : -1) * String(a[key] ?? '').localeCompare(String(b[key] ?? ''));

async function toData(result: PagefindResult): Promise<ResultData> {
  const d = await result.data();
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

/** Search (with a query) or browse (without), one page at a time. */
export async function runSearch(state: SearchState, pageSize = 12, pagefind?: Pagefind): Promise<SearchOutcome> {
  const pf = pagefind ?? (await loadPagefind());
  const filters = pagefindFilters(state);
  const q = normalizeQuery(state.q);
  const sort = SORT_KEYS[state.sort];
  const start = (state.page - 1) * pageSize;

  if (!q) {
    const response = await pf.search(null, { filters, ...(sort ? { sort: { [sort.key]: sort.direction } } : {}) });
    let results = response.results;
    if (state.sort === 'ngau-nhien') results = shuffle(results, state.seed ?? 1);
    return {
      total: results.length,
      results: await Promise.all(results.slice(start, start + pageSize).map(toData)),
      filters: response.filters,
      allFilters: response.totalFilters,
    };
  }

  const responses = await Promise.all(queryVariants(q).map((v) => pf.search(v, { filters })));
  let exact: Hit[] = [];
  if (hasTypedAccents(q)) {
    await pf.options({ exactDiacritics: true });
    const exactResponse = await pf.search(q, { filters });
    await pf.options({ exactDiacritics: false });
    exact = exactResponse.results;
  }
  const byId = new Map<string, PagefindResult>();
  for (const r of responses) for (const hit of r.results) if (!byId.has(hit.id)) byId.set(hit.id, hit);
  const merged = mergeHits(
    responses.map((r) => r.results),
    exact,
  );
  // Facet counts: the variant that found the most results speaks for the search.
  const widest = responses.reduce((a, b) => (b.results.length > a.results.length ? b : a));
  let ordered = merged.map((h) => byId.get(h.id)!);
  if (sort || state.sort === 'ngau-nhien') {
    // Sorting a search needs each result's keys: read them all (searches are short lists).
    const all = await Promise.all(ordered.map(toData));
    const sorted =
      state.sort === 'ngau-nhien'
        ? shuffle(all, state.seed ?? 1)
        : all.sort(byKey(sort!.key as keyof ResultData, sort!.direction));
    return {
      total: sorted.length,
      results: sorted.slice(start, start + pageSize),
      filters: widest.filters,
      allFilters: widest.totalFilters,
    };
  }
  ordered = ordered.slice(start, start + pageSize);
  return {
    total: merged.length,
    results: await Promise.all(ordered.map(toData)),
    filters: widest.filters,
    allFilters: widest.totalFilters,
  };
}
