/** Related entries and previous/next links for an entry page. */
import type { EntryView } from './entries.ts';

/** Editors' picks first, then entries sharing units, campaigns, province or fields, best first. */
export function relatedOf(entry: EntryView, all: readonly EntryView[], max = 3): EntryView[] {
  const picked = entry.entry.data.related
    .map((ref) => all.find((e) => e.ref === ref))
    .filter((e): e is EntryView => !!e && e !== entry);
  const score = (e: EntryView) =>
    e.units.filter((u) => entry.units.includes(u)).length * 4 +
    e.campaigns.filter((c) => entry.campaigns.includes(c)).length * 2 +
    (e.currentProvince === entry.currentProvince ? 2 : 0) +
    e.fields.filter((f) => entry.fields.includes(f)).length;
  const rest = all
    .filter((e) => e !== entry && !picked.includes(e))
    .map((e) => [e, score(e)] as const)
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([e]) => e);
  return [...picked, ...rest].slice(0, max);
}

/** The neighbours of an entry in its kind's newest-first list. */
export function neighbours(entry: EntryView, all: readonly EntryView[]) {
  const list = all.filter((e) => e.kind === entry.kind);
  const i = list.indexOf(entry);
  return { newer: list[i - 1], older: list[i + 1] };
}
