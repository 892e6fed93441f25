/**
 * The cá nhân of the sample site are real people (issue 17, "Sự thật trước
 * hết"): every page cites a published source with its address, none carries
 * the "Nội dung minh họa" badge, and a person without a photograph is shown
 * by a typographic cover, never by a borrowed or drawn picture. A fixture
 * build adds an illustrative person without a photo, so the badge and the
 * typographic cover are also checked where the content holds no sample.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../support/build.ts';
import { html } from '../support/dist.ts';
import { root } from '../support/site.ts';

const content = path.join(root, 'content');
const people = readdirSync(path.join(content, 'ca-nhan'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const frontmatter = (id: string) =>
  /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(content, 'ca-nhan', id, 'index.mdx'), 'utf8'))![1]!;

/** The entry's own header, cover and sources: related cards below may carry other entries' covers. */
const part = (doc: string, re: RegExp) => re.exec(doc)?.[0] ?? '';
const header = (doc: string) => part(doc, /<header class="entry-head"[\s\S]*?<\/header>/);
const cover = (doc: string) => part(doc, /<figure class="cover"[\s\S]*?<\/figure>/);
const sources = (doc: string) => part(doc, /<section[^>]*aria-labelledby="nguon"[\s\S]*?<\/section>/);

describe('cá nhân pages of the sample site', () => {
  it('there are at least 12 people, none of them illustrative', () => {
    expect(people.length).toBeGreaterThanOrEqual(12);
    for (const id of people) expect(frontmatter(id), id).not.toMatch(/^sample: true\s*$/m);
  });

  it.each(people)('/ca-nhan/%s/ cites at least one source with its web address and has no sample badge', (id) => {
    const doc = html(`/ca-nhan/${id}/`);
    expect(sources(doc)).toMatch(/<a [^>]*href="https?:\/\/[^"]+"/);
    expect(header(doc)).not.toContain('Nội dung minh họa');
    expect(doc).not.toContain('class="sample-note"');
  });

  it.each(people.filter((id) => !/^cover:/m.test(frontmatter(id))))(
    '/ca-nhan/%s/ has no photo: a typographic cover, "Chưa có ảnh", no link-preview or search image',
    (id) => {
      const doc = html(`/ca-nhan/${id}/`);
      const figure = cover(doc);
      expect(figure).toMatch(/<div class="type-cover type-cover-page" role="img" aria-label="Chưa có ảnh"/);
      expect(figure).toMatch(/<figcaption[^>]*>Chưa có ảnh<\/figcaption>/);
      expect(figure).not.toContain('<img');
      const title = /^title: (.*)$/m.exec(frontmatter(id))![1]!.replace(/^"|"$/g, '');
      expect(figure).toContain(`>${title.replace(/'/g, '&#39;')}</span>`);
      expect(figure).toMatch(/<span class="name" aria-hidden="true"/);
      expect(doc).not.toContain('property="og:image"');
      expect(doc).not.toContain('data-pagefind-meta="image"');
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(doc)![1]!);
      expect(ld.about.image).toBeUndefined();
    },
  );

  it('their cards in the list carry the typographic cover, not an image', () => {
    const list = html('/ca-nhan/');
    const cards = [...list.matchAll(/<article class="card"[\s\S]*?<\/article>/g)].map((m) => m[0]);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card).toMatch(/role="img" aria-label="Chưa có ảnh"/);
      expect(card).not.toContain('<img');
    }
  });
});

describe('an illustrative person without a photo (fixture build)', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'gs-people-'));
  const fixture = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  const page = () => readFileSync(path.join(dist, 'ca-nhan/nguyen-van-minh-hoa/index.html'), 'utf8');

  beforeAll(() => {
    cpSync(content, fixture, { recursive: true });
    mkdirSync(path.join(fixture, 'ca-nhan/nguyen-van-minh-hoa'));
    writeFileSync(
      path.join(fixture, 'ca-nhan/nguyen-van-minh-hoa/index.mdx'),
      [
        '---',
        'title: Nguyễn Văn Minh Họa',
        'summary: Một người không có thật, dùng để kiểm tra cách trang trình bày nội dung minh họa.',
        'position: Nhân vật minh họa',
        'living: true',
        'fields:',
        '  - Dân vận',
        'place:',
        '  province: Sóc Trăng',
        'sources:',
        '  - title: Tài liệu kiểm thử',
        '    publisher: Gương Sáng',
        'published: 2024-01-02',
        'sample: true',
        '---',
        '',
        'Câu chuyện minh họa.',
        '',
      ].join('\n'),
    );
    build({ content: fixture, outDir: dist, cacheDir: path.join(work, 'cache') });
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('shows the "Nội dung minh họa" badge and note', () => {
    expect(header(page())).toContain('Nội dung minh họa');
    expect(page()).toContain('class="sample-note"');
  });

  it("shows the typographic cover with its name, kind and place, today's province after the merger", () => {
    const figure = cover(page());
    expect(figure).toMatch(/role="img" aria-label="Chưa có ảnh"/);
    expect(figure).toMatch(/<span class="kind" aria-hidden="true"[^>]*>Cá nhân<\/span>/);
    expect(figure).toMatch(/<span class="name" aria-hidden="true"[^>]*>Nguyễn Văn Minh Họa<\/span>/);
    expect(figure).toMatch(/<span class="place" aria-hidden="true"[^>]*>Sóc Trăng \(nay thuộc TP\. Cần Thơ\)<\/span>/);
    expect(page()).not.toContain('property="og:image"');
  });
});
