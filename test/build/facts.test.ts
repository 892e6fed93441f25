/**
 * "Sự thật trước hết" on the built sample site (dist/): every entry page that is
 * not marked "Nội dung minh họa" cites at least one source, and no page shows a
 * year of recognition the entry's content does not state (the facts panel's
 * "Năm được biểu dương", the search filters and metadata, the /nam/<year>/ lists).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kindIds } from '../../src/data/kinds.ts';
import { html, pagePaths } from '../support/dist.ts';
import { siteContent } from '../support/site.ts';

interface Entry {
  /** "/tap-the/quan-uy-o-mon/" */
  href: string;
  /** The years its recognitions state (never the publication year). */
  years: Set<number>;
}

const entries: Entry[] = kindIds.flatMap((kind) =>
  readdirSync(path.join(siteContent, kind), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const text = readFileSync(path.join(siteContent, kind, d.name, 'index.mdx'), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { recognitions?: { year?: number }[] };
      const years = (data.recognitions ?? []).flatMap((r) => (typeof r.year === 'number' ? [r.year] : []));
      return { href: `/${kind}/${d.name}/`, years: new Set(years) };
    }),
);

/** The first match of a pattern's group 1 in a page, or undefined. */
const first = (page: string, re: RegExp) => re.exec(page)?.[1];

/** The years a page shows as "Năm được biểu dương" in its facts panel. */
function shownYears(page: string): number[] | undefined {
  const dd = first(page, /<dt[^>]*>Năm được biểu dương<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/);
  return dd === undefined ? undefined : [...dd.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1]));
}

describe('every built entry page', () => {
  it.each(entries.map((e) => [e.href, e] as const))('%s', (href, entry) => {
    const page = html(href);
    const badges = first(page, /<p class="badges"[^>]*>([\s\S]*?)<\/p>/) ?? '';
    if (!badges.includes('Nội dung minh họa')) {
      const sources = first(page, /<section class="sources"[^>]*>([\s\S]*?)<\/section>/);
      expect(sources, `${href}: không phải nội dung minh họa nhưng không có nguồn`).toBeDefined();
      expect(sources!.match(/<li\b/g)?.length ?? 0, `${href}: số nguồn`).toBeGreaterThan(0);
    }

    const shown = shownYears(page);
    if (entry.years.size === 0)
      expect(shown, `${href}: "Năm được biểu dương" khi không có năm khen nào`).toBeUndefined();
    else {
      expect(shown?.length, `${href}: "Năm được biểu dương"`).toBeGreaterThan(0);
      for (const y of shown!) expect(entry.years, `${href}: năm ${y}`).toContain(y);
    }

    const filtered = [...page.matchAll(/data-pagefind-filter="year"[^>]*>([^<]*)</g)].map((m) => Number(m[1]));
    const meta = [...page.matchAll(/data-pagefind-meta="year"[^>]*>([^<]*)</g)].map((m) => Number(m[1]));
    for (const y of [...filtered, ...meta])
      expect(entry.years, `${href}: năm ${y} trong chỉ mục tìm kiếm`).toContain(y);
  });
});

describe('/nam/<year>/', () => {
  const yearPages = pagePaths().filter((p) => /^\/nam\/\d{4}\/$/.test(p));
  const byHref = new Map(entries.map((e) => [e.href, e]));

  it('lists an entry only under a year one of its recognitions states', () => {
    for (const page of yearPages) {
      const year = Number(page.split('/')[2]);
      const listed = new Set(
        [...html(page).matchAll(/href="(\/(?:ca-nhan|tap-the|mo-hinh)\/[a-z0-9-]+\/)"/g)].map((m) => m[1]!),
      );
      for (const href of listed) expect(byHref.get(href)?.years, `${page} liệt kê ${href}`).toContain(year);
    }
  });

  it('has no page for a year no recognition states', () => {
    const stated = new Set(entries.flatMap((e) => [...e.years]));
    for (const page of yearPages) expect(stated, page).toContain(Number(page.split('/')[2]));
  });
});

describe('a central body whose sources name no province', () => {
  const href = '/tap-the/dang-uy-khoi-cac-co-quan-trung-uong/';

  it('shows "Trung ương" as its place, no province, no JSON-LD location', () => {
    const page = html(href);
    expect(first(page, /<dt[^>]*>Địa bàn<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/)?.trim()).toBe('Trung ương');
    expect(page).not.toContain('data-pagefind-filter="province"');
    const ld = JSON.parse(first(page, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/)!);
    expect(ld.about.location).toBeUndefined();
  });

  it('is listed under no province', () => {
    for (const page of pagePaths().filter((p) => p.startsWith('/dia-phuong/')))
      expect(html(page), page).not.toContain(href);
  });
});
