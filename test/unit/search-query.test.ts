import { describe, expect, it } from 'vitest';
import {
  hasPhrase,
  hasTypedAccents,
  MAX_EXPANDED_WORDS,
  mergeHits,
  normalizeQuery,
  queryVariants,
  unionTerms,
  withoutQuotes,
} from '../../src/scripts/search/query.ts';

describe('normalizeQuery', () => {
  it('composes NFD input, squeezes spaces and trims', () => {
    expect(normalizeQuery('  Chợ'.normalize('NFD') + '   0\tđồng '.normalize('NFD'))).toBe('Chợ 0 đồng');
    expect(normalizeQuery('Chợ'.normalize('NFD'))).toBe(normalizeQuery('Chợ'));
  });

  it('keeps case (Pagefind lower-cases by itself)', () => {
    expect(normalizeQuery('ĐẢNG ỦY')).toBe('ĐẢNG ỦY');
  });

  it('straightens typographic quotes and drops an unclosed one', () => {
    expect(normalizeQuery('“chợ 0 đồng”')).toBe('"chợ 0 đồng"');
    expect(normalizeQuery('"chợ 0')).toBe('chợ 0');
    expect(normalizeQuery('"chợ 0 đồng" "mô')).toBe('"chợ 0 đồng" mô');
  });
});

describe('phrases', () => {
  it('hasPhrase sees a closed quoted phrase only', () => {
    expect(hasPhrase('"chợ 0 đồng"')).toBe(true);
    expect(hasPhrase('mô hình “chợ 0 đồng”')).toBe(true);
    expect(hasPhrase('"chợ 0 đồng')).toBe(false);
    expect(hasPhrase('chợ 0 đồng')).toBe(false);
  });

  it('withoutQuotes keeps the words', () => {
    expect(withoutQuotes('mô hình "chợ 0 đồng"')).toBe('mô hình chợ 0 đồng');
  });
});

describe('hasTypedAccents', () => {
  it('is true for tone and vowel marks, in NFC or NFD', () => {
    expect(hasTypedAccents('hòa')).toBe(true);
    expect(hasTypedAccents('hòa'.normalize('NFD'))).toBe(true);
    expect(hasTypedAccents('Ô Môn')).toBe(true);
  });

  it('is false for plain letters and for đ alone', () => {
    expect(hasTypedAccents('dang uy')).toBe(false);
    expect(hasTypedAccents('đang')).toBe(false);
    expect(hasTypedAccents('ĐANG')).toBe(false);
    expect(hasTypedAccents('')).toBe(false);
  });
});

describe('unionTerms', () => {
  it('counts one d word as d + đ − both', () => {
    expect(unionTerms('dang uy')).toEqual([
      { query: 'dang uy', sign: 1 },
      { query: 'đang uy', sign: 1 },
      { query: 'dang đang uy', sign: -1 },
    ]);
  });

  it('is a single search when nothing is expanded', () => {
    expect(unionTerms('Đảng ủy')).toEqual([{ query: 'Đảng ủy', sign: 1 }]);
    expect(unionTerms('  ')).toEqual([]);
  });

  it('multiplies the sums of two words: 9 searches, signs by how many words are doubled', () => {
    const terms = unionTerms('dao duc');
    expect(terms).toHaveLength(9);
    expect(terms).toContainEqual({ query: 'dao duc', sign: 1 });
    expect(terms).toContainEqual({ query: 'đao đuc', sign: 1 });
    expect(terms).toContainEqual({ query: 'dao đao duc', sign: -1 });
    expect(terms).toContainEqual({ query: 'dao đao duc đuc', sign: 1 });
    // The spellings the results search are among them.
    for (const v of queryVariants('dao duc')) expect(terms.map((t) => t.query)).toContain(v);
  });

  it('counts a set of pages exactly (checked on sets of page ids)', () => {
    // Pages and the words they contain; a page is found when it has every word of the search.
    const pages: Record<string, string[]> = {
      a: ['dao', 'duc'],
      b: ['đao', 'duc', 'dao'],
      c: ['đao', 'đuc'],
      d: ['dao', 'đuc', 'duc', 'đao'],
      e: ['duc'],
    };
    const found = (q: string) => Object.keys(pages).filter((p) => q.split(' ').every((w) => pages[p]!.includes(w)));
    const union = new Set(queryVariants('dao duc').flatMap(found));
    const counted = unionTerms('dao duc').reduce((n, t) => n + t.sign * found(t.query).length, 0);
    expect(union.size).toBe(4);
    expect(counted).toBe(union.size);
  });
});

describe('queryVariants', () => {
  it('searches each word starting with d also as đ', () => {
    expect(queryVariants('dang uy')).toEqual(['dang uy', 'đang uy']);
    expect(queryVariants('duc')).toEqual(['duc', 'đuc']);
    expect(queryVariants('cho 0 dong')).toEqual(['cho 0 dong', 'cho 0 đong']);
  });

  it('keeps a query without d as it is', () => {
    expect(queryVariants('o mon')).toEqual(['o mon']);
    expect(queryVariants('Đảng ủy')).toEqual(['Đảng ủy']);
    expect(queryVariants('hòa giải')).toEqual(['hòa giải']);
  });

  it('maps D to Đ and d to đ, keeping the case', () => {
    expect(queryVariants('DANG UY')).toEqual(['DANG UY', 'ĐANG UY']);
    expect(queryVariants('Dang uy')).toEqual(['Dang uy', 'Đang uy']);
  });

  it('expands every combination of two words', () => {
    expect(queryVariants('dao duc')).toEqual(['dao duc', 'đao duc', 'dao đuc', 'đao đuc']);
  });

  it('expands at most MAX_EXPANDED_WORDS words (2^3 = 8 searches)', () => {
    expect(MAX_EXPANDED_WORDS).toBe(3);
    const variants = queryVariants('dan dao duc dong dai');
    expect(variants).toHaveLength(2 ** MAX_EXPANDED_WORDS);
    expect(new Set(variants).size).toBe(variants.length);
    // The fourth and fifth words stay as typed.
    for (const v of variants) expect(v.endsWith(' dong dai')).toBe(true);
    expect(variants).toContain('đan đao đuc dong dai');
  });

  it('expands words inside a quoted phrase and keeps the quotes', () => {
    expect(queryVariants('"cho 0 dong"')).toEqual(['"cho 0 dong"', '"cho 0 đong"']);
    expect(queryVariants('“dang uy” khoi')).toEqual(['"dang uy" khoi', '"đang uy" khoi']);
  });

  it('normalizes NFD input first and returns nothing for an empty query', () => {
    expect(queryVariants('Chợ'.normalize('NFD'))).toEqual(['Chợ']);
    expect(queryVariants('   ')).toEqual([]);
  });

  it('does not expand a d inside a word', () => {
    expect(queryVariants('ada kid')).toEqual(['ada kid']);
  });
});

describe('mergeHits', () => {
  it('keeps each page once with its best score, best first', () => {
    const merged = mergeHits([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [
        { id: 'a', score: 5 },
        { id: 'c', score: 2 },
      ],
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
      { id: 'c', score: 2 },
    ]);
  });

  it('puts the exact-accent hits first, whatever their score', () => {
    const lists = [
      [
        { id: 'hoa-van-hoa', score: 9 },
        { id: 'hoa-giai', score: 1 },
      ],
    ];
    expect(mergeHits(lists, [{ id: 'hoa-giai', score: 10 }]).map((h) => h.id)).toEqual(['hoa-giai', 'hoa-van-hoa']);
  });

  it('orders equal scores by id, so the order is stable', () => {
    const merged = mergeHits([
      [
        { id: 'b', score: 1 },
        { id: 'a', score: 1 },
      ],
    ]);
    expect(merged.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('ignores exact hits that no list found, and handles no lists', () => {
    expect(mergeHits([[{ id: 'a', score: 1 }]], [{ id: 'z', score: 1 }])).toEqual([{ id: 'a', score: 1 }]);
    expect(mergeHits([])).toEqual([]);
  });
});
