/**
 * runSearch over a small fake of Pagefind's browser API that behaves as
 * Pagefind does where it matters here: tone marks fold unless exactDiacritics
 * is on, đ never folds to d, a quoted phrase scores 1, filters are
 * "any value of a key, every key". The real index is tested in
 * test/e2e/search.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { countFacets, runSearch, type Pagefind } from '../../src/scripts/search/engine.ts';
import type { SearchState } from '../../src/scripts/search/state.ts';

interface Page {
  id: string;
  text: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const page = (id: string, text: string, kind: string, province: string[], name: string, published: string): Page => ({
  id,
  text,
  filters: { kind: [kind], province },
  meta: { title: id, kind, name, published, year: published.slice(0, 4), summary: text },
});

const PAGES: Page[] = [
  page('dang-uy', 'Đảng ủy Quân sự thành phố Cần Thơ', 'Tập thể', ['Cần Thơ'], 'dang uy', '2024-01-01'),
  page('hoa-giai', 'anh hòa giải mâu thuẫn trong xóm', 'Cá nhân', ['Cần Thơ', 'Sóc Trăng'], 'hien', '2025-06-20'),
  page('van-hoa', 'văn hóa văn hóa văn hóa hoa', 'Tập thể', ['Cần Thơ'], 'van hoa', '2023-01-01'),
  page('dang-ky', 'đăng ký mô hình dạng mới', 'Mô hình', ['Hà Nội'], 'dang ky', '2022-01-01'),
  page('cho', 'Chợ 0 đồng giúp bà con', 'Mô hình', ['Cần Thơ'], 'cho 0 dong', '2021-01-01'),
  page('nhac-cho', 'nhắc đến chợ 0 đồng một lần', 'Cá nhân', ['Cần Thơ'], 'an', '2020-01-01'),
];

const fold = (s: string, exact: boolean) =>
  exact ? s.normalize('NFC').toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s: string, exact: boolean) =>
  fold(s, exact)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function fakePagefind() {
  let exact = false;
  let totals = 0;
  const log: { q: string | null; exact: boolean }[] = [];
  const reads: string[] = [];
  const counts = (pages: Page[]) => {
    const out: Record<string, Record<string, number>> = { kind: {}, province: {} };
    for (const p of PAGES) for (const [k, vs] of Object.entries(p.filters)) for (const v of vs) out[k]![v] ??= 0;
    for (const p of pages) for (const [k, vs] of Object.entries(p.filters)) for (const v of vs) out[k]![v]!++;
    return out;
  };
  const pf: Pagefind = {
    async options(o) {
      if ('exactDiacritics' in o) exact = Boolean(o.exactDiacritics);
    },
    async init() {},
    async filters() {
      totals++;
      return counts(PAGES);
    },
    async search(q, o = {}) {
      log.push({ q, exact });
      await new Promise((r) => setTimeout(r, 1));
      const filters = (o.filters ?? {}) as Record<string, { any: string[] }>;
      // A key named without values ([] or { any: [] }) keeps every page, as in Pagefind.
      const keep = (p: Page) =>
        Object.entries(filters).every(([k, f]) => {
          const values = Array.isArray(f) ? (f as string[]) : f.any;
          return values.length === 0 || values.some((v) => p.filters[k]?.includes(v));
        });
      let scored: { p: Page; score: number }[];
      if (q === null) scored = PAGES.map((p) => ({ p, score: 1 }));
      else if (/^".*"$/.test(q)) {
        const phrase = words(q, exact).join(' ');
        scored = PAGES.filter((p) => ` ${words(p.text, exact).join(' ')} `.includes(` ${phrase} `)).map((p) => ({
          p,
          score: 1,
        }));
      } else {
        const terms = words(q, exact);
        scored = PAGES.map((p) => {
          const ws = words(p.text, exact);
          const hits = terms.map((t) => ws.filter((w) => w.startsWith(t)).length);
          return { p, score: hits.every((n) => n > 0) ? hits.reduce((a, b) => a + b, 0) : 0 };
        }).filter((s) => s.score > 0);
      }
      const sort = o.sort as Record<string, 'asc' | 'desc'> | undefined;
      if (sort) {
        const [key, dir] = Object.entries(sort)[0]!;
        scored.sort((a, b) => (dir === 'asc' ? 1 : -1) * a.p.meta[key]!.localeCompare(b.p.meta[key]!));
      } else scored.sort((a, b) => b.score - a.score);
      const unfiltered = scored.map((s) => s.p);
      const found = scored.filter((s) => keep(s.p));
      return {
        results: found.map(({ p, score }) => ({
          id: p.id,
          score,
          data: async () => (reads.push(p.id), { url: `/${p.id}/`, excerpt: p.text, meta: p.meta, filters: p.filters }),
        })),
        filters: counts(found.map((s) => s.p)),
        totalFilters: counts(unfiltered),
      };
    },
  };
  return { pf, log, reads, totals: () => totals };
}

const state = (s: Partial<SearchState>): SearchState => ({ q: '', filters: {}, sort: 'lien-quan', page: 1, ...s });
const ids = (o: { results: { url: string }[] }) => o.results.map((r) => r.url.slice(1, -1));

describe('runSearch', () => {
  it('finds Đảng ủy for "dang uy" through the đ spelling', async () => {
    const { pf, log } = fakePagefind();
    const out = await runSearch(state({ q: 'dang uy' }), 10, pf);
    expect(ids(out)[0]).toBe('dang-uy');
    expect(log.map((l) => l.q)).toEqual(expect.arrayContaining(['dang uy', 'đang uy']));
  });

  it('ranks typed accents first: "hòa" before pages that only have "hóa"', async () => {
    const { pf } = fakePagefind();
    expect(ids(await runSearch(state({ q: 'hoa' }), 10, pf))[0]).toBe('van-hoa');
    expect(ids(await runSearch(state({ q: 'hòa' }), 10, pf))).toEqual(['hoa-giai', 'van-hoa']);
  });

  it('ranks a quoted phrase by the score of its words', async () => {
    const { pf } = fakePagefind();
    const out = await runSearch(state({ q: '"cho 0 dong"' }), 10, pf);
    expect(ids(out)).toEqual(['cho', 'nhac-cho']);
  });

  it('pages through the results', async () => {
    const { pf } = fakePagefind();
    const all = await runSearch(state({}), 4, pf);
    expect(all.total).toBe(6);
    expect(all.results).toHaveLength(4);
    const second = await runSearch(state({ page: 2 }), 4, pf);
    expect(ids(second)).toHaveLength(2);
    expect(new Set([...ids(all), ...ids(second)]).size).toBe(6);
  });

  it('browses newest first without a query, and sorts by name', async () => {
    const { pf } = fakePagefind();
    expect(ids(await runSearch(state({}), 3, pf))).toEqual(['hoa-giai', 'dang-uy', 'van-hoa']);
    expect(ids(await runSearch(state({ sort: 'ten' }), 3, pf))).toEqual(['nhac-cho', 'cho', 'dang-ky']);
  });

  it('a random order is the same for the same seed', async () => {
    const { pf } = fakePagefind();
    const a = await runSearch(state({ sort: 'ngau-nhien', seed: 9 }), 10, pf);
    const b = await runSearch(state({ sort: 'ngau-nhien', seed: 9 }), 10, pf);
    expect(ids(a)).toEqual(ids(b));
    expect([...ids(a)].sort()).toEqual(PAGES.map((p) => p.id).sort());
  });

  it('filters: values of one key widen, keys narrow, a former province finds its entry', async () => {
    const { pf } = fakePagefind();
    const both = await runSearch(state({ filters: { kind: ['Tập thể'], province: ['Cần Thơ'] } }), 10, pf);
    expect(ids(both).sort()).toEqual(['dang-uy', 'van-hoa']);
    const wider = await runSearch(state({ filters: { kind: ['Tập thể', 'Mô hình'] } }), 10, pf);
    expect(wider.total).toBe(4);
    expect(ids(await runSearch(state({ filters: { province: ['Sóc Trăng'] } }), 10, pf))).toEqual(['hoa-giai']);
  });

  it('counts a ticked key without itself, and the other keys within the results', async () => {
    const { pf } = fakePagefind();
    const out = await (await runSearch(state({ filters: { kind: ['Tập thể'] } }), 10, pf)).counts;
    expect(out.filters.kind).toEqual({ 'Tập thể': 2, 'Cá nhân': 2, 'Mô hình': 2 });
    expect(out.filters.province).toMatchObject({ 'Cần Thơ': 2, 'Hà Nội': 0 });
  });

  it('counts the union of the d and đ spellings once per page', async () => {
    const { pf } = fakePagefind();
    // "dang" finds "dạng" (dang-ky); "đang" finds "Đảng" (dang-uy) and "đăng" (dang-ky again).
    const out = await runSearch(state({ q: 'dang' }), 10, pf);
    expect(ids(out).sort()).toEqual(['dang-ky', 'dang-uy']);
    expect((await out.counts).filters.kind).toMatchObject({ 'Mô hình': 1, 'Tập thể': 1, 'Cá nhân': 0 });
  });

  it('never lets one search see another one’s exactDiacritics', async () => {
    const { pf, log } = fakePagefind();
    // An accented search and counts of an unaccented one, asked for at the same time.
    const accented = runSearch(state({ q: 'hòa' }), 10, pf);
    const plain = countFacets(state({ q: 'hoa dang' }), ['kind', 'province'], pf);
    await Promise.all([accented.then((o) => o.counts), plain]);
    expect(log.some((l) => l.exact)).toBe(true);
    for (const { q, exact } of log) if (q?.startsWith('hoa')) expect(exact, q).toBe(false);
  });

  it('reads only the shown page of results; counts come from Pagefind, not from reading results', async () => {
    const { pf, reads } = fakePagefind();
    const out = await runSearch(state({ q: 'dang', filters: { kind: ['Mô hình', 'Tập thể'] } }), 1, pf);
    await out.counts;
    expect(out.total).toBe(2);
    expect(reads).toHaveLength(1);
  });

  it('counts a phrase in two spellings once per page', async () => {
    const { pf } = fakePagefind();
    // "cho 0 dong" and "cho 0 đong": only the đ spelling matches, in two pages.
    const out = await runSearch(state({ q: '"cho 0 dong"' }), 10, pf);
    expect((await out.counts).filters.kind).toMatchObject({ 'Mô hình': 1, 'Cá nhân': 1, 'Tập thể': 0 });
  });

  it('gives up a search, and its counts, when a newer one starts first', async () => {
    const { pf, log } = fakePagefind();
    const first = runSearch(state({ q: 'hoa' }), 10, pf);
    const second = runSearch(state({ q: 'dang' }), 10, pf);
    await expect(first).rejects.toThrow(/mới/);
    expect((await (await second).counts).filters.kind).toMatchObject({ 'Mô hình': 1 });
    expect(log.map((l) => l.q)).not.toContain('hoa');

    // Results shown, counts still running: the next search stops them between two searches.
    const third = await runSearch(state({ q: 'dao duc' }), 10, pf);
    const before = log.length;
    await runSearch(state({ q: 'van' }), 10, pf);
    await expect(third.counts).rejects.toThrow(/mới/);
    // "dao duc" needs 9 searches to count; far fewer ran.
    expect(log.slice(before).filter((l) => /dao|đao/.test(l.q ?? '')).length).toBeLessThan(9);
  });

  it('counts only the facets asked for, and more of them later (a facet the reader opens)', async () => {
    const { pf } = fakePagefind();
    const out = await runSearch(state({ q: 'dang' }), 10, pf, ['kind']);
    const counts = await out.counts;
    expect(Object.keys(counts.filters)).toEqual(['kind']);
    const more = await countFacets(state({ q: 'dang' }), ['province'], pf);
    expect(more.filters.province).toMatchObject({ 'Cần Thơ': 1, 'Hà Nội': 1 });
    // Every value of the key is there, at 0 when the search has none.
    expect(more.filters.province).toMatchObject({ 'Sóc Trăng': 0 });
  });

  it('a browse counts every key from the totals, a few keys by naming them (totals make later searches count every key)', async () => {
    const few = fakePagefind();
    const kinds = await (await runSearch(state({}), 10, few.pf, ['kind'])).counts;
    expect(kinds.filters.kind).toEqual({ 'Tập thể': 2, 'Cá nhân': 2, 'Mô hình': 2 });
    expect(few.totals()).toBe(0);

    const all = fakePagefind();
    const every = await (await runSearch(state({}), 10, all.pf)).counts;
    expect(every.filters.province).toMatchObject({ 'Cần Thơ': 5, 'Sóc Trăng': 1, 'Hà Nội': 1 });
    expect(all.totals()).toBe(1);
    // With a ticked value: the other keys within the browse, the ticked key without itself (the totals).
    const ticked = await (await runSearch(state({ filters: { province: ['Hà Nội'] } }), 10, all.pf)).counts;
    expect(ticked.filters.kind).toMatchObject({ 'Mô hình': 1, 'Tập thể': 0 });
    expect(ticked.filters.province).toMatchObject({ 'Cần Thơ': 5, 'Hà Nội': 1 });
  });
});
