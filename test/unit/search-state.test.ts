import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  pagefindFilters,
  parseState,
  serializeState,
  shuffle,
  toggleFilter,
  type SearchState,
} from '../../src/scripts/search/state.ts';

describe('parseState', () => {
  it('reads query, filters (repeated keys), sort, page and seed', () => {
    const state = parseState(
      '?q=dang+uy&kind=T%E1%BA%ADp+th%E1%BB%83&province=C%E1%BA%A7n+Th%C6%A1&province=S%C3%B3c+Tr%C4%83ng&sort=ten&page=2',
    );
    expect(state).toEqual({
      q: 'dang uy',
      filters: { kind: ['Tập thể'], province: ['Cần Thơ', 'Sóc Trăng'] },
      sort: 'ten',
      page: 2,
    });
  });

  it('has defaults for an empty URL', () => {
    expect(parseState('')).toEqual({ q: '', filters: {}, sort: 'lien-quan', page: 1 });
    expect(parseState('', 'moi-nhat').sort).toBe('moi-nhat');
  });

  it('ignores unknown sorts, bad pages, empty values and unknown keys', () => {
    const state = parseState('?sort=abc&page=-3&kind=&color=red');
    expect(state).toEqual({ q: '', filters: {}, sort: 'lien-quan', page: 1 });
    expect(parseState('?page=x').page).toBe(1);
  });

  it('composes a query written decomposed (NFD)', () => {
    const nfd = `?q=${encodeURIComponent('Chợ 0 đồng'.normalize('NFD'))}`;
    expect(parseState(nfd).q).toBe('Chợ 0 đồng');
  });

  it('keeps the seed of a random order', () => {
    expect(parseState('?sort=ngau-nhien&seed=42')).toMatchObject({ sort: 'ngau-nhien', seed: 42 });
  });
});

describe('serializeState', () => {
  it('round-trips through the URL', () => {
    const states: SearchState[] = [
      { q: 'dang uy', filters: {}, sort: 'lien-quan', page: 1 },
      { q: 'hòa giải', filters: { kind: ['Tập thể'], province: ['Cần Thơ', 'Sóc Trăng'] }, sort: 'ten', page: 3 },
      { q: '"chợ 0 đồng"', filters: { year: ['2023'], campaign: ['Kết luận 01-KL/TW'] }, sort: 'moi-nhat', page: 1 },
      { q: '', filters: { field: ['An sinh xã hội, từ thiện'] }, sort: 'ngau-nhien', page: 2, seed: 7 },
    ];
    for (const state of states) expect(parseState(serializeState(state))).toEqual(state);
  });

  it('leaves defaults out, so a plain search has a short URL', () => {
    expect(serializeState({ q: 'o mon', filters: {}, sort: 'lien-quan', page: 1 })).toBe('?q=o+mon');
    expect(serializeState({ q: '', filters: {}, sort: 'lien-quan', page: 1 })).toBe('');
    expect(serializeState({ q: '', filters: {}, sort: 'moi-nhat', page: 1 }, 'moi-nhat')).toBe('');
  });

  it('writes the seed only for the random order', () => {
    expect(serializeState({ q: '', filters: {}, sort: 'ten', page: 1, seed: 5 })).toBe('?sort=ten');
    expect(serializeState({ q: '', filters: {}, sort: 'ngau-nhien', page: 1, seed: 5 })).toBe(
      '?sort=ngau-nhien&seed=5',
    );
  });

  it('writes filters in a fixed key order', () => {
    expect(
      serializeState({ q: '', filters: { province: ['Cần Thơ'], kind: ['Tập thể'] }, sort: 'lien-quan', page: 1 }),
    ).toBe('?kind=T%E1%BA%ADp+th%E1%BB%83&province=C%E1%BA%A7n+Th%C6%A1');
  });
});

describe('filters', () => {
  const base: SearchState = { q: 'x', filters: { kind: ['Tập thể'] }, sort: 'ten', page: 4 };

  it('toggleFilter adds and removes a value and goes back to page 1', () => {
    const added = toggleFilter(base, 'province', 'Cần Thơ');
    expect(added).toEqual({ q: 'x', filters: { kind: ['Tập thể'], province: ['Cần Thơ'] }, sort: 'ten', page: 1 });
    const removed = toggleFilter(added, 'kind', 'Tập thể');
    expect(removed.filters).toEqual({ province: ['Cần Thơ'] });
    expect(base.filters).toEqual({ kind: ['Tập thể'] });
  });

  it('toggleFilter with an explicit on/off is idempotent', () => {
    expect(toggleFilter(base, 'kind', 'Tập thể', true).filters).toEqual({ kind: ['Tập thể'] });
    expect(toggleFilter(base, 'kind', 'Mô hình', false).filters).toEqual({ kind: ['Tập thể'] });
    expect(toggleFilter(base, 'kind', 'Mô hình', true).filters).toEqual({ kind: ['Tập thể', 'Mô hình'] });
  });

  it('hasFilters', () => {
    expect(hasFilters(base)).toBe(true);
    expect(hasFilters({ ...base, filters: {} })).toBe(false);
    expect(hasFilters({ ...base, filters: { kind: [] } })).toBe(false);
  });

  it("pagefindFilters: any value of a key, every key (Pagefind's object)", () => {
    expect(
      pagefindFilters({ ...base, filters: { kind: ['Tập thể', 'Mô hình'], province: ['Cần Thơ'], year: [] } }),
    ).toEqual({
      kind: { any: ['Tập thể', 'Mô hình'] },
      province: { any: ['Cần Thơ'] },
    });
  });
});

describe('shuffle', () => {
  const items = Array.from({ length: 30 }, (_, i) => i);

  it('gives the same order for the same seed', () => {
    expect(shuffle(items, 42)).toEqual(shuffle(items, 42));
  });

  it('gives another order for another seed, with the same items', () => {
    const a = shuffle(items, 1);
    const b = shuffle(items, 2);
    expect(a).not.toEqual(b);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect([...b].sort((x, y) => x - y)).toEqual(items);
  });

  it('does not change its input and handles tiny lists', () => {
    const copy = [...items];
    shuffle(items, 3);
    expect(items).toEqual(copy);
    expect(shuffle([], 3)).toEqual([]);
    expect(shuffle(['a'], 3)).toEqual(['a']);
  });

  it('treats seed 0 like seed 1 (never a stuck generator)', () => {
    expect(shuffle(items, 0)).toEqual(shuffle(items, 1));
  });
});
