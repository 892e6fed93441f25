/**
 * Picking one option from what an editor typed, accents optional: a province,
 * a vocabulary value (kind, unit type, campaign type) or any list of labels.
 * Shared by `npm run new` for entries (scripts/lib/new-entry.ts) and for data
 * files (scripts/lib/new-data-file.ts).
 */
import { provinceNames } from '../../src/data/provinces.ts';
import { fold, squash } from '../../src/lib/fold.ts';
import { distance } from '../../src/lib/suggest.ts';

/** What an editor's answer matched: one option, several, or none (with the closest ones). */
export type Choice<T extends string> =
  { status: 'found'; value: T } | { status: 'ambiguous'; options: T[] } | { status: 'unknown'; options: T[] };

/** Compare without accents, case or punctuation: "Bà Rịa – Vũng Tàu" → "ba ria vung tau". */
export function key(text: string): string {
  return squash(fold(text).replace(/[^a-z0-9]+/g, ' '));
}

interface PickOptions {
  /** Leading words to ignore ("tỉnh", "thành phố"), already folded. */
  prefixes?: readonly string[];
  /** Other names for an option, folded: "sai gon" → "Hồ Chí Minh". */
  aliases?: Readonly<Record<string, string>>;
  /** How many close options to list when nothing matches. */
  limit?: number;
}

/**
 * The option an editor meant, compared without accents: "can tho" → "Cần Thơ".
 * Whole words of exactly one option are taken too ("vung tau" → "Bà Rịa – Vũng
 * Tàu", "an sinh" → "An sinh xã hội, từ thiện"); several such options, or
 * options only starting with what was typed ("quang"), are ambiguous;
 * otherwise the closest options by edit distance are returned, to choose from.
 */
export function pickOne<T extends string>(input: string, options: readonly T[], opts: PickOptions = {}): Choice<T> {
  let k = key(input);
  for (const p of opts.prefixes ?? []) if (k.startsWith(`${p} `)) k = k.slice(p.length + 1);
  const limit = opts.limit ?? 5;
  if (!k) return { status: 'unknown', options: [] };
  const alias = opts.aliases?.[k];
  if (alias && options.includes(alias as T)) return { status: 'found', value: alias as T };
  const exact = options.filter((o) => key(o) === k);
  if (exact.length === 1) return { status: 'found', value: exact[0]! };
  if (exact.length > 1) return { status: 'ambiguous', options: exact };
  const words = options.filter((o) => ` ${key(o)} `.includes(` ${k} `));
  if (words.length === 1) return { status: 'found', value: words[0]! };
  if (words.length > 1) return { status: 'ambiguous', options: words };
  const starts = options.filter((o) => ` ${key(o)} `.includes(` ${k}`));
  if (starts.length) return { status: 'ambiguous', options: starts };
  const ranked = options
    .map((o) => ({ o, d: distance(k, key(o)) }))
    .filter((r) => r.d <= Math.max(2, Math.ceil(k.length / 2)))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map((r) => r.o);
  return { status: 'unknown', options: ranked };
}

const provinceAliases: Record<string, string> = {
  'sai gon': 'Hồ Chí Minh',
  hcm: 'Hồ Chí Minh',
  tphcm: 'Hồ Chí Minh',
  'thua thien hue': 'Huế',
};

/** A province name from what was typed: "soc trang" → "Sóc Trăng" (names before and after the 2025 merger). */
export function pickProvince(input: string): Choice<string> {
  return pickOne(input, provinceNames, { prefixes: ['tinh', 'thanh pho', 'tp'], aliases: provinceAliases });
}

/**
 * An item of a vocabulary from its number in the list (1-based), its label or
 * its id, accents optional: "tap-the", "tập thể", "2" → "tap-the". Otherwise
 * the ids of the labels or ids it could mean, or is close to.
 */
export function pickItem<T extends string>(
  input: string,
  items: readonly { readonly id: T; readonly label: string }[],
): Choice<T> {
  const n = Number(input.trim());
  if (Number.isInteger(n) && n >= 1 && n <= items.length) return { status: 'found', value: items[n - 1]!.id };
  const byLabel = pickOne(
    input,
    items.map((k) => k.label),
  );
  if (byLabel.status === 'found') return { status: 'found', value: items.find((k) => k.label === byLabel.value)!.id };
  const ids = items.map((k) => k.id);
  const byId = pickOne(input, ids);
  if (byId.status === 'found') return byId;
  const toId = (label: string) => items.find((k) => k.label === label)!.id;
  if (byLabel.status === 'ambiguous') return { status: 'ambiguous', options: byLabel.options.map(toId) };
  return { status: 'unknown', options: [...new Set([...byLabel.options.map(toId), ...byId.options])] };
}

/** The Vietnamese message for an answer that did not match exactly one option. */
export function choiceMessage(what: string, input: string, choice: Choice<string>): string {
  if (choice.status === 'found') return '';
  const list = choice.options.map((o) => `"${o}"`).join(', ');
  if (!key(input)) return `Chưa nhập ${what}.`;
  if (choice.options.length === 1) return `Không có ${what} nào tên "${input}". Có phải ${list}?`;
  if (choice.status === 'ambiguous') return `"${input}" khớp với nhiều ${what}: ${list}. Hãy gõ rõ hơn.`;
  return list ? `Không có ${what} nào tên "${input}". Gần nhất: ${list}.` : `Không có ${what} nào tên "${input}".`;
}
