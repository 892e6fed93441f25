/**
 * Build-time data of /kham-pha/: every facet value the search index holds,
 * taken from the same search records the entry pages give Pagefind (so a
 * checkbox's value is exactly a Pagefind filter value), in reading order and
 * with its count over the whole site. The page's script updates the counts
 * as filters combine.
 */
import { getCollection } from 'astro:content';
import { fields } from '../data/fields.ts';
import { kinds } from '../data/kinds.ts';
import { provinceByName } from '../data/provinces.ts';
import { FACETS, type FilterKey } from './filters.ts';
import { getEntries } from '../lib/entries.ts';
import { searchRecord } from './record.ts';
import { compareVi } from '../lib/sort.ts';

export interface FacetValue {
  value: string;
  count: number;
  /** A former province: the current one it belongs to ("nay thuộc Cần Thơ"). */
  now?: string;
}

export interface Facet {
  key: FilterKey;
  legend: string;
  values: FacetValue[];
}

const order: Record<FilterKey, (values: string[]) => string[]> = {
  kind: (values) => kinds.map((k) => k.label as string).filter((l) => values.includes(l)),
  field: (values) => [
    ...fields.map((f) => f.label as string).filter((l) => values.includes(l)),
    ...values.filter((v) => !fields.some((f) => f.label === v)).sort(compareVi),
  ],
  // Current provinces by name, each followed by the former ones merged into it.
  province: (values) => {
    // Sorted by the official names ("Cần Thơ", not "TP. Cần Thơ"), so cities sit among provinces.
    const nameOf = (v: string) => provinceByName(v)?.name ?? v;
    const currentOf = (v: string) => provinceByName(v)?.currentName ?? v;
    return [...values].sort(
      (a, b) =>
        compareVi(currentOf(a), currentOf(b)) ||
        Number(currentOf(a) !== nameOf(a)) - Number(currentOf(b) !== nameOf(b)) ||
        compareVi(nameOf(a), nameOf(b)),
    );
  },
  year: (values) => [...values].sort((a, b) => Number(b) - Number(a)),
  unit: (values) => [...values].sort(compareVi),
  campaign: (values) => [...values].sort(compareVi),
};

/** The facet groups of the browse page with every value in the index. */
export async function exploreFacets(): Promise<Facet[]> {
  const units = new Map((await getCollection('don-vi')).map((u) => [u.id, u.data.name]));
  const campaigns = new Map((await getCollection('phong-trao')).map((c) => [c.id, c.data.name]));
  const counts = new Map<FilterKey, Map<string, number>>(FACETS.map((f) => [f.key, new Map()]));
  for (const entry of await getEntries()) {
    const record = searchRecord(
      entry,
      (id) => units.get(id),
      (id) => campaigns.get(id),
    );
    for (const { key } of FACETS) {
      const values = counts.get(key)!;
      for (const value of new Set(record.filters[key])) values.set(value, (values.get(value) ?? 0) + 1);
    }
  }
  return FACETS.map(({ key, label: legend }) => {
    const values = counts.get(key)!;
    return {
      key,
      legend,
      values: order[key]([...values.keys()]).map((value) => {
        const place = key === 'province' ? provinceByName(value) : undefined;
        const now = place && !place.current ? provinceByName(place.currentName)!.label : undefined;
        return { value, count: values.get(value)!, ...(now && now !== value ? { now } : {}) };
      }),
    };
  });
}
