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
