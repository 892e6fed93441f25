/**
 * The static list pages of each kind: newest first at /<kind>/, by name at
 * /<kind>/theo-ten/, each paginated at …/trang/<n>/.
 */
import { countOf, SORT_LABELS } from '../data/labels.ts';
import { kindById, kindIds, type KindId } from '../data/kinds.ts';
import { entriesOfKind, type EntryView } from './entries.ts';
import { pageKey } from './page-key.ts';
import { pageParam, pages, type PageInfo } from './paginate.ts';
import { sortByName } from './sort.ts';

export type ListSort = 'moi-nhat' | 'theo-ten';

export interface KindListProps {
  kind: KindId;
  sort: ListSort;
  page: PageInfo<EntryView>;
}

/** Base URL of a kind's list in an order. */
export function kindListBase(kind: KindId, sort: ListSort): string {
  return sort === 'theo-ten' ? `/${kind}/theo-ten/` : `/${kind}/`;
}

/** Static paths of every kind's lists: list = undefined, "trang/2", "theo-ten", "theo-ten/trang/2". */
export async function kindListPaths() {
  const out: { params: { kind: KindId; list: string | undefined }; props: KindListProps; cacheKey: string }[] = [];
  for (const kind of kindIds) {
    const entries = await entriesOfKind(kind);
    for (const sort of ['moi-nhat', 'theo-ten'] as const) {
      const ordered = sort === 'theo-ten' ? sortByName(entries, (e) => e.title, kind === 'ca-nhan') : entries;
      for (const page of pages(ordered, kindListBase(kind, sort))) {
        const list =
          [sort === 'theo-ten' ? 'theo-ten' : undefined, pageParam(page.current)].filter(Boolean).join('/') ||
          undefined;
        const props = { kind, sort, page };
        out.push({ params: { kind, list }, props, cacheKey: await pageKey(props) });
      }
    }
  }
  return out;
}

/** Title, intro and sort links for a kind's list page. */
export function kindListView({ kind, sort, page }: KindListProps) {
  const k = kindById(kind);
  return {
    title: k.plural,
    count: countOf(kind, page.total),
    intro: k.description,
    crumbs: [{ label: k.plural }],
    sorts: [
      { href: kindListBase(kind, 'moi-nhat'), label: SORT_LABELS['moi-nhat'], current: sort === 'moi-nhat' },
      { href: kindListBase(kind, 'theo-ten'), label: SORT_LABELS.ten, current: sort === 'theo-ten' },
    ],
  };
}
