/**
 * What the search page says and how it lays out a result, as pure functions
 * (the custom element in search-page.ts only builds DOM from them).
 * Unit-tested in test/unit/search-view.test.ts.
 */
import { formatNumber } from '../../lib/format.ts';
import { resultCount } from '../../data/labels.ts';
import { FACETS, SORT_LABELS, type FilterKey } from '../../search/filters.ts';

export { FACETS, SORT_LABELS };

/** Quiet time after a keystroke before searching (scripts/bench/search.ts counts it in). */
export const TYPING_DELAY_MS = 150;

const collator = new Intl.Collator('vi');

/** The status line read out after each search: "12 kết quả cho “dang uy”". */
export function statusText(total: number, query: string): string {
  const q = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (q) return total ? `${formatNumber(total)} kết quả cho “${q}”` : `Không có kết quả nào cho “${q}”`;
  return total ? resultCount(total) : 'Không có kết quả nào phù hợp';
}

/** The values of a facet in a stable order: kinds as the site lists them, years newest first, the rest A–Z. */
export function orderValues(key: FilterKey, values: readonly string[], kindOrder: readonly string[] = []): string[] {
  const list = [...new Set(values)];
  if (key === 'kind') {
    const at = (v: string) => (kindOrder.includes(v) ? kindOrder.indexOf(v) : kindOrder.length);
    return list.sort((a, b) => at(a) - at(b) || collator.compare(a, b));
  }
  if (key === 'year') return list.sort((a, b) => Number(b) - Number(a) || collator.compare(a, b));
  return list.sort(collator.compare);
}

/** The last page for a number of results (at least 1). */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Page numbers to link, with null for a gap: always the first and last page,
 * and the pages around the current one ("1 … 4 5 6 … 20").
 */
export function pageWindow(current: number, last: number, around = 1): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= around) pages.push(n);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  // A gap of one page is shown as that page.
  return pages.flatMap((p, i) => (p === null && pages[i - 1]! + 2 === pages[i + 1] ? [pages[i - 1]! + 1] : [p]));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references Pagefind writes into an excerpt. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/**
 * A Pagefind excerpt as plain text pieces, marked or not. Only `<mark>` and
 * `</mark>` are read as markup; anything else stays text, so the excerpt can
 * be put on the page with text nodes and never as HTML.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece) {
      const text = decodeEntities(piece).normalize('NFC');
      const prev = parts.at(-1);
      if (prev && prev.mark === mark) prev.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
