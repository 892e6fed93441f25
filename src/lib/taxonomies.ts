/**
 * The ways to browse: which taxonomies exist, their terms and the entries of
 * each term. Pages read this configuration; none repeats it.
 */
import { formatDate } from './format.ts';
import { getCollection } from 'astro:content';
import { campaignTypes } from '../data/campaign-types.ts';
import { fieldGroups, fields } from '../data/fields.ts';
import { mergerDate, provinceByName, provinceFullName, provinces } from '../data/provinces.ts';
import { unitTypes } from '../data/unit-types.ts';
import { getEntries, type EntryView } from './entries.ts';
import { slug } from './slug.ts';
import { compareVi } from './sort.ts';

export type TaxonomyId = 'linh-vuc' | 'dia-phuong' | 'nam' | 'don-vi' | 'phong-trao' | 'bo-suu-tap';

/** A value of a taxonomy, with its entries. */
export interface Term {
  slug: string;
  label: string;
  /** A heading to group terms under on the index page. */
  group?: string;
  description?: string;
  /** Notes shown on the term page (e.g. "nay thuộc thành phố Cần Thơ"), with optional links. */
  notes: { text: string; href?: string; linkText?: string }[];
  /** Other terms worth linking from this one (parent, children). */
  links: { label: string; items: { href: string; text: string }[] }[];
  entries: EntryView[];
  /** Keep the given entry order (collections are curated) instead of newest first. */
  ordered?: boolean;
  /** An illustrative unit or campaign: its page is badged and not indexed, like a sample entry's. */
  sample?: boolean;
}

export interface Taxonomy {
  id: TaxonomyId;
  /** Menu and page title. */
  title: string;
  /** "Lĩnh vực: Dân vận" → the singular noun before a term. */
  noun: string;
  intro: string;
}

export const taxonomies: Record<TaxonomyId, Taxonomy> = {
  'linh-vuc': {
    id: 'linh-vuc',
    title: 'Lĩnh vực',
    noun: 'Lĩnh vực',
    intro: 'Các tấm gương và mô hình theo bốn nhóm lĩnh vực của triển lãm và các lĩnh vực cụ thể.',
  },
  'dia-phuong': {
    id: 'dia-phuong',
    title: 'Địa phương',
    noun: 'Địa phương',
    intro: `Các tấm gương và mô hình theo tỉnh, thành phố. Từ ngày ${formatDate(mergerDate)} cả nước có 34 tỉnh, thành phố; mỗi tỉnh, thành phố hiện nay ghi kèm các tỉnh đã sáp nhập vào, và tên cũ vẫn dẫn đến đúng trang.`,
  },
  nam: {
    id: 'nam',
    title: 'Năm',
    noun: 'Năm',
    intro:
      'Các tấm gương và mô hình theo năm được khen thưởng, biểu dương mà nguồn nêu. Mục nào nguồn không nêu năm thì không có ở đây.',
  },
  'don-vi': {
    id: 'don-vi',
    title: 'Đơn vị',
    noun: 'Đơn vị',
    intro: 'Các cấp ủy, cơ quan, đơn vị và những tấm gương, mô hình gắn với họ.',
  },
  'phong-trao': {
    id: 'phong-trao',
    title: 'Phong trào',
    noun: 'Phong trào',
    intro: 'Các văn bản chỉ đạo, phong trào thi đua, cuộc vận động, triển lãm và đợt biểu dương.',
  },
  'bo-suu-tap': {
    id: 'bo-suu-tap',
    title: 'Bộ sưu tập',
    noun: 'Bộ sưu tập',
    intro: 'Những tuyển chọn theo chủ đề, theo thứ tự do ban biên tập sắp xếp.',
  },
};

const termCache = new Map<TaxonomyId, Promise<Term[]>>();

/**
 * The terms of a taxonomy that have entries, each with its entries (computed
 * once per build). A term without entries is no page and is linked from
 * nowhere: no empty rooms.
 */
export function termsOf(id: TaxonomyId): Promise<Term[]> {
  let terms = termCache.get(id);
  if (!terms) {
    terms = builders[id]().then((all) => withoutEmpty(id, all));
    termCache.set(id, terms);
  }
  return terms;
}

/** The terms with entries, their links and notes pointing only at terms that remain. */
function withoutEmpty(id: TaxonomyId, all: Term[]): Term[] {
  const kept = all.filter((t) => t.entries.length > 0);
  const pages = new Set(kept.map((t) => base(id, t.slug)));
  const live = (href?: string) => !href || !href.startsWith(`/${id}/`) || pages.has(href);
  return kept.map((t) => ({
    ...t,
    notes: t.notes.map((n) => (live(n.href) ? n : { text: n.text })),
    links: t.links
      .map((group) => ({ ...group, items: group.items.filter((item) => live(item.href)) }))
      .filter((group) => group.items.length > 0),
  }));
}

const base = (id: TaxonomyId, term: string) => `/${id}/${term}/`;
const term = (t: Omit<Term, 'notes' | 'links'> & Partial<Pick<Term, 'notes' | 'links'>>): Term => ({
  notes: [],
  links: [],
  ...t,
});

const builders: Record<TaxonomyId, () => Promise<Term[]>> = {
  async 'linh-vuc'() {
    const entries = await getEntries();
    const out: Term[] = [];
    for (const g of fieldGroups) {
      const subs = fields.filter((f) => f.group === g.id);
      out.push(
        term({
          slug: g.id,
          label: g.label,
          group: g.label,
          entries: entries.filter((e) => e.fields.some((f) => subs.some((s) => s.label === f))),
          links: [
            {
              label: 'Lĩnh vực cụ thể',
              items: subs.map((s) => ({ href: base('linh-vuc', slug(s.label)), text: s.label })),
            },
          ],
        }),
      );
      for (const s of subs) {
        out.push(
          term({
            slug: slug(s.label),
            label: s.label,
            group: g.label,
            entries: entries.filter((e) => e.fields.includes(s.label)),
            links: [{ label: 'Thuộc nhóm', items: [{ href: base('linh-vuc', g.id), text: g.label }] }],
          }),
        );
      }
    }
    return out;
  },
  async 'dia-phuong'() {
    const entries = await getEntries();
    // Entries by the official name of the place as written and of the place today.
    const written = (e: EntryView) => e.province && provinceByName(e.province)!.name;
    return provinces.map((p) => {
      const current = provinceByName(p.currentName)!;
      return term({
        slug: p.slug,
        label: p.label,
        group: p.current ? 'Tỉnh, thành phố hiện nay' : `Tên trước sáp nhập (trước ngày ${formatDate(mergerDate)})`,
        description: p.current ? provinceFullName(p.name) : `Tỉnh ${p.name} (trước ngày ${formatDate(mergerDate)})`,
        entries: p.current
          ? entries.filter((e) => e.currentProvince === p.name)
          : entries.filter((e) => written(e) === p.name),
        notes: p.current
          ? p.mergedFrom.length
            ? [
                {
                  text: `Từ ngày ${formatDate(mergerDate)} gồm cả ${p.mergedFrom.map((n) => `tỉnh ${n}`).join(', ')}. Trang này liệt kê cả các tấm gương, mô hình ở các tỉnh đó.`,
                },
              ]
            : []
          : [
              {
                text: `Từ ngày ${formatDate(mergerDate)}, tỉnh ${p.name} được sáp nhập vào ${provinceFullName(current.name)} (nay thuộc ${current.label}).`,
                href: base('dia-phuong', current.slug),
                linkText: `Xem tất cả tấm gương, mô hình của ${current.label}`,
              },
            ],
        links:
          p.current && p.mergedFrom.length
            ? [
                {
                  label: 'Tên trước sáp nhập',
                  items: p.mergedFrom.map((n) => ({ href: base('dia-phuong', slug(n)), text: n })),
                },
              ]
            : [],
      });
    });
  },
  async nam() {
    const entries = await getEntries();
    const years = [...new Set(entries.flatMap((e) => e.years))].sort((a, b) => b - a);
    return years.map((y) =>
      term({ slug: String(y), label: String(y), entries: entries.filter((e) => e.years.includes(y)) }),
    );
  },
  async 'don-vi'() {
    const entries = await getEntries();
    const units = await getCollection('don-vi');
    const name = new Map(units.map((u) => [u.id, u.data.name]));
    return units
      .map((u) => {
        const children = units.filter((c) => c.data.parent === u.id);
        const links: Term['links'] = [];
        if (u.data.parent)
          links.push({
            label: 'Đơn vị cấp trên',
            items: [{ href: base('don-vi', u.data.parent), text: name.get(u.data.parent) ?? u.data.parent }],
          });
        if (children.length)
          links.push({
            label: 'Đơn vị trực thuộc',
            items: children.map((c) => ({ href: base('don-vi', c.id), text: c.data.name })),
          });
        return term({
          slug: u.id,
          label: u.data.name,
          group: unitTypes.find((t) => t.id === u.data.type)?.label,
          description: u.data.description,
          sample: u.data.sample,
          entries: entries.filter(
            (e) => e.units.includes(u.id) || ('parentUnit' in e.entry.data && e.entry.data.parentUnit === u.id),
          ),
          links,
        });
      })
      .sort((a, b) => compareVi(a.label, b.label));
  },
  async 'phong-trao'() {
    const entries = await getEntries();
    const campaigns = await getCollection('phong-trao');
    return campaigns
      .map((c) =>
        term({
          slug: c.id,
          label: c.data.name,
          group: campaignTypes.find((t) => t.id === c.data.type)?.label,
          description: c.data.description,
          sample: c.data.sample,
          entries: entries.filter(
            (e) => e.campaigns.includes(c.id) || e.entry.data.recognitions.some((r) => r.campaign === c.id),
          ),
        }),
      )
      .sort((a, b) => compareVi(a.label, b.label));
  },
  async 'bo-suu-tap'() {
    const entries = await getEntries();
    const sets = await getCollection('bo-suu-tap');
    const byRef = new Map(entries.map((e) => [e.ref, e]));
    return sets.map((s) =>
      term({
        slug: s.id,
        label: s.data.title,
        description: s.data.description,
        entries: s.data.entries.map((r) => byRef.get(r)).filter((e): e is EntryView => !!e),
        ordered: true,
      }),
    );
  },
};
