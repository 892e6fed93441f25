/**
 * The cá nhân of the sample site are real people (issue 17, "Sự thật trước
 * hết"): every page cites a published source with its address, none carries
 * the "Nội dung minh họa" badge, and a person without a photograph is shown
 * by a typographic cover, never by a borrowed or drawn picture. Samples are
 * tested on a fixture build of their own (samples.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { html } from '../support/dist.ts';
import { siteContent } from '../support/site.ts';

const content = siteContent;
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
