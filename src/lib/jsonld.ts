/** schema.org structured data for an entry page: Person, Organization or CreativeWork, inside an Article. */
import { kindById } from '../data/kinds.ts';
import { provinceFullName } from '../data/provinces.ts';
import type { Recognition } from '../schemas/recognition.ts';
import type { EntryView } from './entries.ts';

export function entryJsonLd(
  entry: EntryView,
  url: string,
  image: string | undefined,
  unitName: (id: string) => string | undefined,
) {
  const org = (id: string | undefined) =>
    id && unitName(id) ? { '@type': 'Organization', name: unitName(id) } : undefined;
  const d = entry.entry.data;
  const about: Record<string, unknown> = {
    '@type': kindById(entry.kind).schemaType,
    name: d.title,
    description: d.summary,
    ...(image ? { image } : {}),
  };
  if (entry.kind === 'ca-nhan' && 'position' in d) {
    about.jobTitle = d.position;
    if (org(entry.units[0])) about.affiliation = org(entry.units[0]);
    if (d.gender) about.gender = d.gender === 'nam' ? 'Male' : 'Female';
    if (d.birthYear) about.birthDate = String(d.birthYear);
    about.award = d.recognitions.map(award);
  } else if (entry.kind === 'tap-the') {
    if (entry.province) about.location = { '@type': 'Place', name: provinceFullName(entry.province) };
    if ('parentUnit' in d && org(d.parentUnit)) about.parentOrganization = org(d.parentUnit);
    about.award = d.recognitions.map(award);
  } else {
    if (entry.province) about.locationCreated = { '@type': 'Place', name: provinceFullName(entry.province) };
    if (org(entry.units[0])) about.creator = org(entry.units[0]);
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: d.title,
    description: d.summary,
    inLanguage: 'vi',
    url,
    datePublished: d.published,
    ...(d.updated ? { dateModified: d.updated } : {}),
    ...(image ? { image } : {}),
    about,
    citation: d.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      publisher: s.publisher,
      ...(s.url ? { url: s.url } : {}),
    })),
  };
}

/** A recognition as schema.org `award` text; the year only when a source gives it. */
function award(r: Recognition): string {
  return r.year === undefined ? `${r.form} — ${r.issuer}` : `${r.form} (${r.year}) — ${r.issuer}`;
}
