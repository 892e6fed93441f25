/**
 * Related entries and previous/next links for entry pages. Built once per
 * build over all entries, with indexes by unit, campaign, province and field,
 * so each page looks only at entries it shares something with (a scan of
 * every entry for every page would be quadratic: 650 million pairs at 25,525).
 */
import type { EntryView } from './entries.ts';

/** How many of the newest entries of one unit, campaign, province or field are considered. */
const CANDIDATES_PER_KEY = 60;

export interface Relations {
  /** Editors' picks first, then entries sharing units, campaigns, province or fields, best first. */
  relatedOf(entry: EntryView, max?: number): EntryView[];
  /** The neighbours of an entry in its kind's newest-first list. */
  neighbours(entry: EntryView): { newer?: EntryView; older?: EntryView };
}

export function relations(all: readonly EntryView[]): Relations {
  const position = new Map(all.map((e, i) => [e, i]));
  const byRef = new Map(all.map((e) => [e.ref, e]));
  const buckets = new Map<string, EntryView[]>();
  const add = (key: string, e: EntryView) => {
    const list = buckets.get(key) ?? [];
    if (list.length < CANDIDATES_PER_KEY * 4) list.push(e);
    buckets.set(key, list);
  };
  for (const e of all) {
    for (const u of e.units) add(`u:${u}`, e);
    for (const c of e.campaigns) add(`c:${c}`, e);
    add(`p:${e.currentProvince ?? 'central'}`, e);
    for (const f of e.fields) add(`f:${f}`, e);
  }
  const byKind = new Map<string, EntryView[]>();
  for (const e of all) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  const kindIndex = new Map<EntryView, number>();
  for (const list of byKind.values()) list.forEach((e, i) => kindIndex.set(e, i));

  return {
    relatedOf(entry, max = 3) {
      const picked = entry.entry.data.related
        .map((ref) => byRef.get(ref))
        .filter((e): e is EntryView => !!e && e !== entry);
      const keys = [
        ...entry.units.map((u) => `u:${u}`),
        ...entry.campaigns.map((c) => `c:${c}`),
        `p:${entry.currentProvince ?? 'central'}`,
        ...entry.fields.map((f) => `f:${f}`),
      ];
      const candidates = new Set<EntryView>();
      for (const key of keys) for (const e of (buckets.get(key) ?? []).slice(0, CANDIDATES_PER_KEY)) candidates.add(e);
      const score = (e: EntryView) =>
        e.units.filter((u) => entry.units.includes(u)).length * 4 +
        e.campaigns.filter((c) => entry.campaigns.includes(c)).length * 2 +
        (e.currentProvince === entry.currentProvince ? 2 : 0) +
        e.fields.filter((f) => entry.fields.includes(f)).length;
      const rest = [...candidates]
        .filter((e) => e !== entry && !picked.includes(e))
        .map((e) => [e, score(e)] as const)
        .filter(([, s]) => s > 0)
        .sort((a, b) => b[1] - a[1] || position.get(a[0])! - position.get(b[0])!)
        .map(([e]) => e);
      return [...picked, ...rest].slice(0, max);
    },
    neighbours(entry) {
      const list = byKind.get(entry.kind) ?? [];
      const i = kindIndex.get(entry) ?? -1;
      return { newer: list[i - 1], older: list[i + 1] };
    },
  };
}
