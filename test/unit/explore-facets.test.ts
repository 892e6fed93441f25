/**
 * The /kham-pha/ browse state (src/scripts/explore/facets.ts): URL round trips, changes and chips.
 * The facet counts are the engine's (test/unit/search-engine.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  chips,
  clearFilters,
  newSeed,
  PAGE_SIZE,
  readState,
  withPage,
  withSort,
  writeState,
} from '../../src/scripts/explore/facets.ts';
import { toggleFilter } from '../../src/scripts/search/state.ts';
import { lastPage } from '../../src/scripts/search/view.ts';

describe('readState / writeState', () => {
  it('defaults to Mới nhất, page 1, no filter, and writes nothing for that', () => {
    const state = readState('');
    expect(state).toEqual({ q: '', filters: {}, sort: 'moi-nhat', page: 1 });
    expect(writeState(state)).toBe('');
  });

  it('round-trips filters (several values of a key), the sort and the page', () => {
    const search = '?kind=M%C3%B4+h%C3%ACnh&kind=T%E1%BA%ADp+th%E1%BB%83&province=C%E1%BA%A7n+Th%C6%A1&sort=nam&page=2';
    const state = readState(search);
    expect(state.filters).toEqual({ kind: ['Mô hình', 'Tập thể'], province: ['Cần Thơ'] });
    expect(state.sort).toBe('nam');
    expect(state.page).toBe(2);
    expect(writeState(state)).toBe(search);
  });

  it('drops a query and the "liên quan" order, which belong to /tim-kiem/', () => {
    const state = readState('?q=ch%E1%BB%A3&sort=lien-quan');
    expect(state.q).toBe('');
    expect(state.sort).toBe('moi-nhat');
    expect(writeState(state)).toBe('');
  });

  it('keeps the seed of a random order, and gives one to a link without it', () => {
    expect(readState('?sort=ngau-nhien&seed=42').seed).toBe(42);
    expect(writeState(readState('?sort=ngau-nhien&seed=42'))).toBe('?sort=ngau-nhien&seed=42');
    expect(readState('?sort=ngau-nhien', () => 7).seed).toBe(7);
    expect(readState('?sort=ten&seed=42').seed).toBeUndefined();
  });
});

describe('changes', () => {
  const base = readState('?kind=M%C3%B4+h%C3%ACnh&page=3');

  it('ticking and unticking a value goes back to page 1', () => {
    const more = toggleFilter(base, 'kind', 'Tập thể', true);
    expect(more.filters.kind).toEqual(['Mô hình', 'Tập thể']);
    expect(more.page).toBe(1);
    expect(toggleFilter(more, 'kind', 'Tập thể', true).filters.kind).toEqual(['Mô hình', 'Tập thể']);
    const none = toggleFilter(base, 'kind', 'Mô hình', false);
    expect(none.filters).toEqual({});
  });

  it('clearing keeps the order', () => {
    const state = withSort(base, 'ten');
    expect(clearFilters(state)).toMatchObject({ filters: {}, sort: 'ten', page: 1 });
  });

  it('choosing the random order draws a new seed every time; another order drops it', () => {
    const seeds = [11, 11, 12];
    const draw = (previous?: number) => newSeed(previous, () => (seeds.shift()! - 1) / 999_999);
    const random = withSort(base, 'ngau-nhien', draw);
    expect(random.seed).toBe(11);
    expect(withSort(random, 'ngau-nhien', draw).seed).toBe(12);
    expect(withSort(random, 'moi-nhat').seed).toBeUndefined();
  });

  it('pages', () => {
    expect(withPage(base, 2).page).toBe(2);
    expect(withPage(base, 0).page).toBe(1);
    expect(lastPage(0, PAGE_SIZE)).toBe(1);
    expect(lastPage(26, PAGE_SIZE)).toBe(3);
    expect(lastPage(24, PAGE_SIZE)).toBe(2);
  });

  it('chips name the group and the value, in the groups’ order', () => {
    const state = readState('?year=2024&kind=M%C3%B4+h%C3%ACnh');
    expect(chips(state).map((c) => c.label)).toEqual(['Loại: Mô hình', 'Năm: 2024']);
  });
});
