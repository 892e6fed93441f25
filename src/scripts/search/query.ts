/**
 * Vietnamese query handling on top of Pagefind. Pagefind folds most
 * diacritics (and ranks typed accents first) but has no folding for đ/Đ, so
 * "dang uy" would never reach "Đảng ủy". In Vietnamese đ only ever starts a
 * syllable, so each query word that starts with d is also searched as đ:
 * "dang uy" runs as "dang uy" and "đang uy", and the results are merged.
 * Pure functions: unit-tested in test/unit/search-query.test.ts.
 */

/** At most this many words are expanded (2^n searches). */
export const MAX_EXPANDED_WORDS = 3;

/**
 * The query as Pagefind should see it: NFC, single spaces, trimmed, typographic
 * quotes made straight (Pagefind's phrase syntax) and an unclosed quote dropped
 * (someone still typing a phrase). Case is Pagefind's business.
 */
export function normalizeQuery(query: string): string {
  let q = query
    .normalize('NFC')
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  if ((q.match(/"/g) ?? []).length % 2 === 1) {
    const last = q.lastIndexOf('"');
    q = `${q.slice(0, last)}${q.slice(last + 1)}`.replace(/\s+/g, ' ').trim();
  }
  return q;
}

/** Whether the query holds a quoted phrase ("chợ 0 đồng"). */
export function hasPhrase(query: string): boolean {
  return /"[^"]+"/.test(normalizeQuery(query));
}

/** The same words without the phrase quotes. */
export function withoutQuotes(query: string): string {
  return normalizeQuery(normalizeQuery(query).replace(/"/g, ' '));
}

/** Whether the query carries Vietnamese marks other than đ (then exact matches should come first). */
export function hasTypedAccents(query: string): boolean {
  return /\p{M}/u.test(query.replace(/[đĐ]/g, 'd').normalize('NFD'));
}

/** Indexes of the words whose d is also searched as đ (the first MAX_EXPANDED_WORDS that start with d). */
function expandable(words: readonly string[]): number[] {
  return words
    .map((w, i) => (/^"?[dD]/.test(w) ? i : -1))
    .filter((i) => i >= 0)
    .slice(0, MAX_EXPANDED_WORDS);
}

/** The word with its first d written đ (keeping the case and a phrase's opening quote). */
function withDStroke(word: string): string {
  return word.replace(/^("?)d/, '$1đ').replace(/^("?)D/, '$1Đ');
}

/**
 * The spellings to search for a query: itself, plus every combination of
 * d → đ at the start of its words (the first three such words).
 * Quoted phrases keep their quotes; the words inside are expanded too.
 */
export function queryVariants(query: string): string[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const words = q.split(' ');
  const at = expandable(words);
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << at.length; mask++) {
    const next = [...words];
    at.forEach((wordIndex, bit) => {
      if (mask & (1 << bit)) next[wordIndex] = withDStroke(next[wordIndex]!);
    });
    variants.push(next.join(' '));
  }
  return variants;
}

/** One search of an inclusion–exclusion sum: its counts are added (sign 1) or taken away (sign −1). */
export interface UnionTerm {
  query: string;
  sign: 1 | -1;
}

/**
 * The searches whose counts, added with their signs, count the pages that any
 * spelling of the query finds, each page once (for a query without a quoted
 * phrase). Pagefind finds pages that contain every word of a query, so for one
 * word w searched as d (set D) and đ (set Đ): |D ∪ Đ| = |D| + |Đ| − |D ∩ Đ|,
 * and D ∩ Đ is the search with both spellings ("dang đang"). With k such words
 * the product of these sums gives 3^k searches; 2^k of them are the spellings
 * the results already searched.
 */
export function unionTerms(query: string): UnionTerm[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const words = q.split(' ');
  const at = expandable(words);
  const terms: UnionTerm[] = [];
  for (let n = 0; n < 3 ** at.length; n++) {
    const next: string[][] = words.map((w) => [w]);
    let sign: 1 | -1 = 1;
    at.forEach((wordIndex, digit) => {
      const choice = Math.floor(n / 3 ** digit) % 3;
      const word = words[wordIndex]!;
      if (choice === 1) next[wordIndex] = [withDStroke(word)];
      if (choice === 2) {
        next[wordIndex] = [word, withDStroke(word)];
        sign = sign === 1 ? -1 : 1;
      }
    });
    terms.push({ query: next.flat().join(' '), sign });
  }
  return terms;
}

/** A result of one search: its id and its score (higher is better), as Pagefind reports them. */
export interface Hit {
  id: string;
  score: number;
}

/**
 * Merge the hits of several searches into one ranked list: each page once,
 * with its best score. Hits of `first` (the exact-accent search) come before
 * all others, so a typed "hòa" ranks "hòa" above "hóa".
 */
export function mergeHits(lists: readonly (readonly Hit[])[], first: readonly Hit[] = []): Hit[] {
  const best = new Map<string, number>();
  for (const list of lists)
    for (const hit of list) best.set(hit.id, Math.max(best.get(hit.id) ?? -Infinity, hit.score));
  const exact = new Set(first.map((h) => h.id));
  const ranked = [...best].map(([id, score]) => ({ id, score }));
  return ranked.sort(
    (a, b) => Number(exact.has(b.id)) - Number(exact.has(a.id)) || b.score - a.score || a.id.localeCompare(b.id),
  );
}
