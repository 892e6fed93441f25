/**
 * Build-time access to the published entries: each collection is read once
 * per build and every page works from the same list.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { FieldLabel } from '../data/fields.ts';
import { kindById, kindIds, type KindId } from '../data/kinds.ts';
import { currentProvinceOf } from '../data/provinces.ts';
import { COUNTS_AS } from './digest.ts';
import { resolvePicture, type Picture } from '../images/pictures.ts';
import type { SourceImage } from '../schemas/media.ts';
import { recognitionYears } from '../schemas/recognition.ts';
import { samplesIncluded } from './samples.ts';

export type AnyEntry = CollectionEntry<'ca-nhan'> | CollectionEntry<'tap-the'> | CollectionEntry<'mo-hinh'>;

/** An entry with what lists, cards and taxonomy pages need, computed once. */
export interface EntryView {
  kind: KindId;
  kindLabel: string;
  id: string;
  /** "ca-nhan/nguyen-thi-mai": the reference form used in data files. */
  ref: string;
  href: string;
  title: string;
  summary: string;
  fields: FieldLabel[];
  /** Province as its sources name it; none for a central body (`place.central`). */
  province?: string;
  /** The province today (after the 2025 merger); none for a central body. */
  currentProvince?: string;
  /**
   * Years of recognition the sources state, newest first; empty when none is known. Never the
   * publication year: an entry with no recognition year has none (no /nam/ page, no year facet).
   */
  years: number[];
  units: string[];
  campaigns: string[];
  sample: boolean;
  featured: boolean;
  published: string;
  /**
   * The cover at the entry page's widths and at the cards', and the gallery's pictures (resolved once, see
   * src/images/pictures.ts). No cover and no card when the entry has no photo: pages show a typographic cover.
   */
  images: { cover?: Picture; card?: Picture; gallery: Picture[] };
  /** The stored entry: its whole data and its story (the entry page's). */
  entry: AnyEntry;
  /** In a page's cache key, the view counts as every field above but `entry` (src/lib/digest.ts). */
  [COUNTS_AS]: Omit<EntryView, 'entry' | typeof COUNTS_AS>;
}

let cache: Promise<EntryView[]> | undefined;

function view(kind: KindId, entry: AnyEntry): EntryView {
  const d = entry.data;
  const cover = d.cover && resolvePicture(d.cover.src, 'cover');
  const card = d.cover && resolvePicture(d.cover.src, 'card');
  const gallery = d.gallery.map((g) => resolvePicture(g.src, 'gallery'));
  // The story's HTML names its images' files already (src/loaders/entry-loader.ts); asking for them
  // here, in every build, is what makes the pipeline write them even when the page is not rendered.
  const bodyImages = (entry.rendered?.metadata?.bodyImages ?? []) as SourceImage[];
  for (const image of bodyImages) resolvePicture(image, 'body');
  const shown = {
    kind,
    kindLabel: kindById(kind).label,
    id: entry.id,
    ref: `${kind}/${entry.id}`,
    href: `/${kind}/${entry.id}/`,
    title: d.title,
    summary: d.summary,
    fields: d.fields,
    province: d.place.province,
    currentProvince: d.place.province && currentProvinceOf(d.place.province),
    years: recognitionYears(d.recognitions),
    units: d.units,
    campaigns: d.campaigns,
    sample: d.sample,
    featured: d.featured,
    published: d.published,
    images: { cover, card, gallery },
  };
  return { ...shown, entry, [COUNTS_AS]: shown };
}

/**
 * Every published entry of every kind, newest first: no draft, and no sample
 * when the build leaves samples out (SAMPLES=off, src/lib/samples.ts). The routes'
 * getStaticPaths call it first, so the covers are resolved before any page renders.
 */
export function getEntries(): Promise<EntryView[]> {
  cache ??= (async () => {
    const all: EntryView[] = [];
    const samples = samplesIncluded();
    for (const kind of kindIds) {
      const list = (await getCollection(
        kind,
        (e: AnyEntry) => !e.data.draft && (samples || !e.data.sample),
      )) as AnyEntry[];
      for (const entry of list) all.push(view(kind, entry));
    }
    return all.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  })();
  return cache;
}

/** The entries of one kind, newest first. */
export async function entriesOfKind(kind: KindId): Promise<EntryView[]> {
  return (await getEntries()).filter((e) => e.kind === kind);
}
