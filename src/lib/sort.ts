/** Vietnamese ordering: "theo tên" sorts people by given name (the last word), then by the full name. */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compare two strings the Vietnamese way (a, ă, â, b, c, d, đ, e, ê …). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The given name of a Vietnamese full name: its last word ("Nguyễn Thị Mai" → "Mai"). */
export function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** Compare two people's names by given name first, then by the whole name. */
export function compareByGivenName(a: string, b: string): number {
  return compareVi(givenName(a), givenName(b)) || compareVi(a, b);
}

/** Return a sorted copy of items, by the name key, the Vietnamese way. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string, byGivenName = false): T[] {
  const cmp = byGivenName ? compareByGivenName : compareVi;
  return [...items].sort((a, b) => cmp(name(a), name(b)));
}

/** The letter variants of Vietnamese, in alphabet order after their base letter (a, ă, â; o, ô, ơ; u, ư…). */
const VARIANT: Record<string, Record<string, string>> = {
  '\u0306': { a: '1' }, // breve: ă
  '\u0302': { a: '2', e: '1', o: '1' }, // circumflex: â, ê, ô
  '\u031b': { o: '2', u: '1' }, // horn: ơ, ư
};
/** The five tones after the level one, in the usual order (huyền, sắc, hỏi, ngã, nặng). */
const TONE: Record<string, string> = { '\u0300': '1', '\u0301': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5' };

/**
 * A plain string whose byte order is the Vietnamese alphabetical order, for
 * sorts that only compare strings (Pagefind's): every letter becomes itself and
 * its variant digit ("tự" → "t0u1", "tuyền" → "t0u0y0e1n0", so Tuyền sorts before
 * Tự as Intl.Collator('vi') has it), đ comes after d, and the tones follow as a
 * tie-break after a space.
 */
export function viSortKey(text: string): string {
  let letters = '';
  let tones = '';
  for (const ch of text.toLowerCase().replace(/đ/g, 'd\u0001').normalize('NFD')) {
    if (ch === '\u0001') letters = `${letters.slice(0, -1)}1`;
    else if (VARIANT[ch]) {
      const base = letters.at(-2) ?? '';
      const digit = VARIANT[ch][base];
      if (digit) letters = `${letters.slice(0, -1)}${digit}`;
    } else if (TONE[ch]) tones = `${tones.slice(0, -1)}${TONE[ch]}`;
    else if (/[a-z]/.test(ch)) {
      letters += `${ch}0`;
      tones += '0';
    } else if (!/\p{M}/u.test(ch)) letters += ch;
  }
  return `${letters} ${tones}`;
}
