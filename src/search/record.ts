/**
 * What the search index knows about an entry besides its text: filters,
 * sort keys and the metadata a result shows. Entry pages write it into the
 * HTML (SearchData.astro) and Pagefind reads it from there.
 */
import { provinceByName } from '../data/provinces.ts';
import type { FilterKey } from './filters.ts';
import type { EntryView } from '../lib/entries.ts';
import { placeLabel } from '../lib/place-label.ts';
import { fold } from '../lib/fold.ts';
import { givenName, viSortKey } from '../lib/sort.ts';

export interface SearchRecord {
  filters: Record<FilterKey, string[]>;
  sort: Record<'published' | 'year' | 'name', string>;
  /**
   * `year` only when a recognition year is known: a result never shows a year no source gives.
   * `sample` ("1") only on illustrative content: its result carries the "Nội dung minh họa" badge.
   */
  meta: Record<'kind' | 'summary' | 'published' | 'name' | 'place', string> & { year?: string; sample?: '1' };
}

/** The filters, sorts and metadata of one entry; unit and campaign filters use their names. */
export function searchRecord(
  entry: EntryView,
  unitName: (id: string) => string | undefined,
  campaignName: (id: string) => string | undefined,
): SearchRecord {
  const province = entry.province ? provinceByName(entry.province)! : undefined;
  // Facet values are the names as shown ("TP. Cần Thơ"); a former province also counts under today's.
  // A central body has no province: it is under no value of the filter.
  const provinces = !province
    ? []
    : province.current
      ? [province.label]
      : [provinceByName(province.currentName)!.label, province.label];
  const campaigns = new Set([
    ...entry.campaigns,
    ...entry.entry.data.recognitions.flatMap((r) => (r.campaign ? [r.campaign] : [])),
  ]);
  // By given name first, the Vietnamese way: Pagefind's sort compares plain strings, so the sort key is
  // viSortKey (ư after u, đ after d); the metadata keeps the folded name, which the search reads as text.
  const given = entry.kind === 'ca-nhan' ? givenName(entry.title) : entry.title;
  const sortName = `${viSortKey(given)} ${viSortKey(entry.title)}`;
  const foldedName = `${fold(given)} ${fold(entry.title)}`;
  return {
    filters: {
      kind: [entry.kindLabel],
      field: [...entry.fields],
      province: provinces,
      year: entry.years.map(String),
      unit: entry.units.map((id) => unitName(id) ?? id),
      campaign: [...campaigns].map((id) => campaignName(id) ?? id),
    },
    sort: {
      published: entry.published,
      // Never shown; "0" puts an entry with no known year last, newest first, instead of out of the sorted list.
      year: String(entry.years[0] ?? 0),
      name: sortName,
    },
    meta: {
      kind: entry.kind,
      summary: entry.summary,
      published: entry.published,
      ...(entry.years.length ? { year: String(entry.years[0]) } : {}),
      name: foldedName,
      // For the typographic cover of a result without a photo (src/scripts/explore/render.ts).
      place: placeLabel(entry),
      ...(entry.sample ? { sample: '1' as const } : {}),
    },
  };
}
