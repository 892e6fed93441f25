/** Static paths and view data for taxonomy pages: /<taxonomy>/ and /<taxonomy>/<term>/[trang/<n>/]. */
import { countLabel } from '../data/labels.ts';
import type { EntryView } from './entries.ts';
import { pageKey } from './page-key.ts';
import { pageParam, pages, type PageInfo } from './paginate.ts';
import { taxonomies, termsOf, type TaxonomyId, type Term } from './taxonomies.ts';

export interface TermPageProps {
  taxonomy: TaxonomyId;
  term: Term;
  page: PageInfo<EntryView>;
}

/** One path per page of every term of a taxonomy. */
export async function termPaths(taxonomy: TaxonomyId) {
  const out: { params: { term: string }; props: TermPageProps; cacheKey: string }[] = [];
  for (const term of await termsOf(taxonomy)) {
    for (const page of pages(term.entries, `/${taxonomy}/${term.slug}/`)) {
      const props = { taxonomy, term, page };
      out.push({
        params: { term: [term.slug, pageParam(page.current)].filter(Boolean).join('/') },
        props,
        cacheKey: await pageKey(props),
      });
    }
  }
  return out;
}

/** Title, breadcrumbs and notes of a term page. */
export function termView({ taxonomy, term }: TermPageProps) {
  const t = taxonomies[taxonomy];
  return {
    title: term.label,
    count: countLabel(term.entries),
    eyebrow: t.noun,
    intro: term.description,
    crumbs: [{ href: `/${taxonomy}/`, label: t.title }, { label: term.label }],
    notes: term.notes,
    links: term.links,
    sample: term.sample ?? false,
  };
}
