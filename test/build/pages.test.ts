/**
 * Assertions on the built sample site (dist/): every entry and taxonomy value
 * has a page, every page carries its metadata, links and images resolve.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldGroups, fields } from '../../src/data/fields.ts';
import { kindIds } from '../../src/data/kinds.ts';
import { provinces } from '../../src/data/provinces.ts';
import { slug } from '../../src/lib/slug.ts';
import { exists, foreignScripts, html, pagePaths } from '../support/dist.ts';
import { siteContent } from '../support/site.ts';

const content = siteContent;
const folders = (dir: string) =>
  readdirSync(path.join(content, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const yamlIds = (dir: string) =>
  readdirSync(path.join(content, dir))
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => n.replace(/\.yaml$/, ''));

const pages = pagePaths();
/** The terms of a taxonomy the entry pages link to ("/don-vi/x/" → "x"). */
const linkedFromEntries = (taxonomy: string) =>
  kindIds.flatMap((kind) =>
    folders(kind).flatMap((id) =>
      [...html(`/${kind}/${id}/`).matchAll(new RegExp(`href="/${taxonomy}/([^/"]+)/"`, 'g'))].map((m) => m[1]!),
    ),
  );
const attr = (page: string, re: RegExp) =>
  [...html(page).matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => m[1]!);

describe('every entry and taxonomy value has a page', () => {
  it.each(kindIds)('%s: list page and one page per bundle', (kind) => {
    expect(pages).toContain(`/${kind}/`);
    expect(pages).toContain(`/${kind}/theo-ten/`);
    const ids = folders(kind);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const id of ids) expect(pages).toContain(`/${kind}/${id}/`);
  });

  it('lĩnh vực: every field an entry names, and its group', () => {
    const named = new Set(linkedFromEntries('linh-vuc'));
    expect(named.size).toBeGreaterThan(0);
    for (const f of fields.filter((f) => named.has(slug(f.label)))) {
      expect(pages).toContain(`/linh-vuc/${slug(f.label)}/`);
      expect(pages).toContain(`/linh-vuc/${fieldGroups.find((g) => g.id === f.group)!.id}/`);
    }
  });

  it('địa phương: a page for the current unit and the name as written of every entry', () => {
    const written = new Set(linkedFromEntries('dia-phuong'));
    expect(written.size).toBeGreaterThan(0);
    for (const s of written) expect(pages).toContain(`/dia-phuong/${s}/`);
    expect(pages.filter((p) => /^\/dia-phuong\/[^/]+\/$/.test(p)).length).toBeLessThan(provinces.length);
  });

  it('đơn vị, phong trào: a page for every one an entry names (an unused one has none); bộ sưu tập: one per data file', () => {
    for (const taxonomy of ['don-vi', 'phong-trao']) {
      const named = new Set(linkedFromEntries(taxonomy));
      expect(named.size).toBeGreaterThan(0);
      for (const id of named) expect(yamlIds(taxonomy)).toContain(id);
      for (const id of named) expect(pages).toContain(`/${taxonomy}/${id}/`);
    }
    for (const id of yamlIds('bo-suu-tap')) expect(pages).toContain(`/bo-suu-tap/${id}/`);
  });

  it('năm: a page for every recognition year written in the content', () => {
    const years = new Set<string>();
    for (const kind of kindIds)
      for (const id of folders(kind))
        for (const m of html(`/${kind}/${id}/`).matchAll(/href="\/nam\/(\d{4})\/"/g)) years.add(m[1]!);
    expect(years.size).toBeGreaterThan(0);
    for (const y of years) expect(pages).toContain(`/nam/${y}/`);
  });

  it('the about page and a Vietnamese 404', () => {
    expect(pages).toContain('/gioi-thieu/');
    expect(html('/404.html')).toContain('Không tìm thấy trang');
  });
});

describe('every page', () => {
  it.each(pages)('%s has lang="vi", a title, a description and its canonical URL', (page) => {
    const doc = html(page);
    expect(doc).toMatch(/<html lang="vi">/);
    expect(doc).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(doc).toMatch(/<meta name="description" content="[^"]{10,}">/);
    expect(attr(page, /<link rel="canonical" href="([^"]+)">/)).toEqual([`http://localhost:4321${page}`]);
  });

  it("ships no script the build did not write (JSON-LD and the site's module files only), and no inline style", () => {
    for (const page of pages) {
      expect(foreignScripts(html(page)), page).toEqual([]);
      expect(html(page), page).not.toMatch(/<style[\s>]/);
    }
  });

  it('loads nothing from another site', () => {
    for (const page of pages) {
      const assets = [...attr(page, /<(?:img|source|script|link)[^>]*?\s(?:src|href|srcset)="([^"]+)"/g)].filter(
        (u) => !u.startsWith('/') && !u.startsWith('http://localhost:4321/'),
      );
      expect(assets, page).toEqual([]);
    }
  });

  it('has alt text on every image', () => {
    for (const page of pages) {
      for (const tag of attr(page, /(<img\b[^>]*>)/g)) expect(tag, page).toMatch(/\salt[=\s>]/);
    }
  });

  it('links and images all resolve inside the site', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const refs = [
        ...attr(page, /\shref="(\/[^"]*)"/g),
        ...attr(page, /\ssrc="(\/[^"]*)"/g),
        ...attr(page, /\ssrcset="([^"]+)"/g).flatMap((s) => s.split(',').map((c) => c.trim().split(/\s+/)[0]!)),
      ];
      for (const ref of refs)
        if (ref.startsWith('/') && !ref.startsWith('//') && !exists(ref)) broken.push(`${page} → ${ref}`);
    }
    expect(broken).toEqual([]);
  });

  it('are all reachable from the home page by links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const page = queue.shift()!;
      for (const href of attr(page, /\shref="(\/[^"#?]*)"/g)) {
        if (href.endsWith('/') && pages.includes(href) && !seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    expect(pages.filter((p) => !seen.has(p))).toEqual([]);
  });
});

describe('entry pages', () => {
  const entries = kindIds.flatMap((kind) => folders(kind).map((id) => ({ kind, id, page: `/${kind}/${id}/` })));
  const types = { 'ca-nhan': 'Person', 'tap-the': 'Organization', 'mo-hinh': 'CreativeWork' } as const;

  it.each(entries)('$page has JSON-LD, breadcrumbs, facts, story and sources', ({ kind, id, page }) => {
    const doc = html(page);
    const ld = JSON.parse(attr(page, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[0]!);
    expect(ld['@type']).toBe('Article');
    expect(ld.about['@type']).toBe(types[kind]);
    expect(ld.inLanguage).toBe('vi');
    expect(doc).toContain('aria-label="Đường dẫn"');
    expect(doc).toContain('<h2 id="thong-tin"');
    expect(doc).toContain('<h2 id="cau-chuyen"');
    expect(doc).toContain('<h2 id="nguon"');
    // An entry without a photo has a typographic cover instead (test/build/people.test.ts).
    if (!/^cover:/m.test(readFileSync(path.join(content, kind, id, 'index.mdx'), 'utf8'))) return;
    // One JPEG at the cover's three widths; its src is the largest of them (no fourth file).
    const cover = /<figure class="cover"[^>]*>\s*<img([^>]*)>/.exec(doc)![1]!;
    const srcset = /srcset="([^"]+)"/.exec(cover)![1]!.split(', ');
    expect(srcset.map((c) => c.split(' ')[1])).toEqual(['480w', '960w', '1280w']);
    expect(srcset.every((c) => /^\/_astro\/[^ ]+\.jpeg /.test(c))).toBe(true);
    expect(/ src="([^"]+)"/.exec(cover)![1]).toBe(srcset[2]!.split(' ')[0]);
  });

  // Since issue 17 no cá nhân is illustrative; test/build/people.test.ts builds a fixture with an
  // illustrative person to check that the badge still shows where an entry is one.
  it('illustrative entries carry the "Nội dung minh họa" badge, the others do not', () => {
    for (const { kind, id, page } of entries) {
      const sample = /^sample: true\s*$/m.test(readFileSync(path.join(content, kind, id, 'index.mdx'), 'utf8'));
      // The badge sits in the entry's own header; related cards may carry theirs.
      const header = /<header class="entry-head"[\s\S]*?<\/header>/.exec(html(page))![0];
      expect(header.includes('Nội dung minh họa'), page).toBe(sample);
    }
  });
});
