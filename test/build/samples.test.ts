/**
 * Illustrative content, where it is built, cannot be taken for real (issue 17,
 * "Sự thật trước hết"): the sample site holds none, so a fixture adds a sample
 * person, unit and campaign that follow the check:content rules, and the test
 * reads every surface — page, title, link preview, cards, home, search,
 * explore, print — then builds the same content with SAMPLES=off.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { useBrowser } from '../support/browser.ts';
import { build, runBuild } from '../support/build.ts';
import { preview, siteContent } from '../support/site.ts';

const content = siteContent;
const work = mkdtempSync(path.join(os.tmpdir(), 'gs-samples-'));
const fixture = path.join(work, 'content');
const dist = path.join(work, 'dist');
const distOff = path.join(work, 'dist-off');
const cacheDir = path.join(work, 'cache');

const SAMPLE = '/ca-nhan/nguyen-van-minh-hoa/';
const UNIT = '/don-vi/hoi-cuu-chien-binh-phuong-mau-minh-hoa/';
const CAMPAIGN = '/phong-trao/thi-dua-phuong-mau-minh-hoa/';
const NOTE = 'Nội dung minh họa, không phải người thật, việc thật.';

const file = (dir: string, sitePath: string) => path.join(dir, sitePath, 'index.html');
const page = (sitePath: string, dir = dist) => readFileSync(file(dir, sitePath), 'utf8');
const realPeople = readdirSync(path.join(content, 'ca-nhan')).length;
/** The attribute `content` of a meta tag, or undefined. */
const meta = (doc: string, attr: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(doc)?.[1];
const part = (doc: string, re: RegExp) => re.exec(doc)?.[0] ?? '';
const header = (doc: string) => part(doc, /<header class="entry-head"[\s\S]*?<\/header>/);
const cards = (doc: string) => [...doc.matchAll(/<article class="card"[\s\S]*?<\/article>/g)].map((m) => m[0]);

function write(rel: string, lines: string[]) {
  mkdirSync(path.dirname(path.join(fixture, rel)), { recursive: true });
  writeFileSync(path.join(fixture, rel), `${lines.join('\n')}\n`);
}

beforeAll(() => {
  cpSync(content, fixture, { recursive: true });
  write('don-vi/hoi-cuu-chien-binh-phuong-mau-minh-hoa.yaml', [
    'name: Hội Cựu chiến binh phường Mẫu (minh họa)',
    'type: doan-the',
    'province: Sóc Trăng',
    'description: Một đơn vị không có thật, dùng để kiểm tra cách trang trình bày nội dung minh họa.',
    'sources:',
    '  - title: Giới thiệu đơn vị minh họa',
    '    publisher: Bản tin phường Mẫu (minh họa)',
    '    url: https://example.org/don-vi',
    'sample: true',
  ]);
  write('phong-trao/thi-dua-phuong-mau-minh-hoa.yaml', [
    'name: Phong trào thi đua phường Mẫu (minh họa)',
    'type: phong-trao',
    'issuer: Ủy ban nhân dân phường Mẫu (minh họa)',
    'description: Một phong trào không có thật, dùng để kiểm tra cách trang trình bày nội dung minh họa.',
    'sources:',
    '  - title: Phát động phong trào minh họa',
    '    publisher: Bản tin phường Mẫu (minh họa)',
    'sample: true',
  ]);
  write('ca-nhan/nguyen-van-minh-hoa/index.mdx', [
    '---',
    'title: Nguyễn Văn Minh Họa',
    'summary: Một người không có thật, dùng để kiểm tra cách trang trình bày nội dung minh họa.',
    'position: Nhân vật minh họa',
    'living: true',
    'fields:',
    '  - Dân vận',
    'place:',
    '  province: Sóc Trăng',
    'units:',
    '  - hoi-cuu-chien-binh-phuong-mau-minh-hoa',
    'campaigns:',
    '  - thi-dua-phuong-mau-minh-hoa',
    'recognitions:',
    '  - year: 2024',
    '    form: Giấy khen',
    '    issuer: Hội Cựu chiến binh phường Mẫu (minh họa)',
    'sources:',
    '  - title: Tài liệu kiểm thử',
    '    publisher: Bản tin phường Mẫu (minh họa)',
    '    url: https://example.org/minh-hoa',
    // Newest and featured: it would be first on the home page if samples were counted or featured.
    'published: 2099-01-02',
    'featured: true',
    'sample: true',
    '---',
    '',
    'Câu chuyện minh họa.',
  ]);
  build({ content: fixture, outDir: dist, cacheDir });
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a sample that follows the rules', () => {
  it('passes check:content', async () => {
    const { problems } = await checkContent({ root: work, dir: fixture });
    expect(problems).toEqual([]);
  });
});

describe('a sample entry page', () => {
  it('shows the "Nội dung minh họa" badge and note', () => {
    expect(header(page(SAMPLE))).toContain('<span class="badge badge-sample"');
    expect(header(page(SAMPLE))).toContain('Nội dung minh họa</span>');
    expect(page(SAMPLE)).toContain('class="sample-note"');
  });

  it('says "(minh họa)" in its title and link preview, and asks not to be indexed', () => {
    const doc = page(SAMPLE);
    expect(doc).toContain('<title>Nguyễn Văn Minh Họa (minh họa) — Gương Sáng</title>');
    expect(meta(doc, 'property', 'og:title')).toBe('Nguyễn Văn Minh Họa (minh họa)');
    expect(meta(doc, 'property', 'og:description')).toMatch(new RegExp(`^${NOTE} Một người không có thật`));
    expect(meta(doc, 'name', 'description')).toMatch(new RegExp(`^${NOTE}`));
    expect(meta(doc, 'name', 'robots')).toBe('noindex');
  });

  it('states no facts as structured data', () => {
    expect(page(SAMPLE)).not.toContain('application/ld+json');
  });

  it("shows the typographic cover with its name, kind and place, today's province after the merger", () => {
    const figure = part(page(SAMPLE), /<figure class="cover"[\s\S]*?<\/figure>/);
    expect(figure).toMatch(/role="img" aria-label="Chưa có ảnh"/);
    expect(figure).toMatch(/<span class="kind" aria-hidden="true"[^>]*>Cá nhân<\/span>/);
    expect(figure).toMatch(/<span class="name" aria-hidden="true"[^>]*>Nguyễn Văn Minh Họa<\/span>/);
    expect(figure).toMatch(/<span class="place" aria-hidden="true"[^>]*>Sóc Trăng \(nay thuộc TP\. Cần Thơ\)<\/span>/);
    expect(page(SAMPLE)).not.toContain('property="og:image"');
  });

  it('a real entry beside it keeps its structured data and stays indexable', () => {
    const doc = page('/ca-nhan/ta-trong-the/');
    expect(doc).toContain('application/ld+json');
    expect(meta(doc, 'name', 'robots')).toBeUndefined();
    expect(doc).not.toContain('badge-sample');
  });
});

describe('every entry page of the fixture build', () => {
  const kinds = ['ca-nhan', 'tap-the', 'mo-hinh'];
  const entries = () =>
    kinds.flatMap((kind) =>
      readdirSync(path.join(fixture, kind)).map((id) => ({
        sitePath: `/${kind}/${id}/`,
        sample: /^sample: true$/m.test(readFileSync(path.join(fixture, kind, id, 'index.mdx'), 'utf8')),
      })),
    );

  it('a sample has its badge, noindex and the link-preview note; a real entry has none of them', () => {
    const all = entries();
    expect(all.filter((e) => e.sample)).toHaveLength(1);
    for (const { sitePath, sample } of all) {
      const doc = page(sitePath);
      expect(header(doc).includes('badge-sample'), sitePath).toBe(sample);
      expect(meta(doc, 'name', 'robots') === 'noindex', sitePath).toBe(sample);
      expect(meta(doc, 'property', 'og:description')!.startsWith(NOTE), sitePath).toBe(sample);
      expect(meta(doc, 'property', 'og:title')!.endsWith(' (minh họa)'), sitePath).toBe(sample);
    }
  });
});

describe('sample units and campaigns', () => {
  it.each([UNIT, CAMPAIGN])('%s is badged and not indexed', (sitePath) => {
    const doc = page(sitePath);
    expect(doc).toContain('<span class="badge badge-sample"');
    expect(meta(doc, 'name', 'robots')).toBe('noindex');
    // The name says "(minh họa)" already (a check:content rule): once in the title, not twice.
    expect(doc).toMatch(/<title>[^<(]*\(minh họa\) — Gương Sáng<\/title>/);
  });
});

describe('lists and the home page', () => {
  it("the sample's card in /ca-nhan/ carries the badge, real people's cards do not", () => {
    const all = cards(page('/ca-nhan/'));
    const sample = all.filter((c) => c.includes(`href="${SAMPLE}"`));
    expect(sample).toHaveLength(1);
    expect(sample[0]).toContain('badge-sample');
    for (const card of all.filter((c) => !sample.includes(c))) expect(card).not.toContain('badge-sample');
  });

  it('the home page counts only real people and never features a sample', () => {
    const home = page('/');
    expect(home).toMatch(new RegExp(`<strong[^>]*>${realPeople}</strong> cá nhân`));
    const featured = part(home, /<section aria-labelledby="noi-bat"[\s\S]*?<\/section>/);
    expect(featured).not.toContain(SAMPLE);
    // Among the latest it may appear, badged.
    const latest = cards(part(home, /<section aria-labelledby="moi-cap-nhat"[\s\S]*?<\/section>/));
    expect(latest.find((c) => c.includes(SAMPLE))).toContain('badge-sample');
  });
});

describe('search, explore and print (Chromium)', () => {
  const browser = useBrowser();
  let server: Awaited<ReturnType<typeof preview>>;
  let tab: Page;
  beforeAll(async () => {
    server = await preview(dist);
    tab = await browser().newPage();
  });
  afterAll(async () => {
    await tab?.close();
    server?.stop();
  });

  it('a search result for the sample carries the badge', async () => {
    await tab.goto(`${server.baseUrl}/tim-kiem/?q=minh+hoa`);
    const result = tab.locator('.result', { has: tab.locator(`a[href="${SAMPLE}"]`) });
    await result.waitFor();
    await expect(result.locator('.badge-sample').textContent()).resolves.toBe('Nội dung minh họa');
  });

  it('its card on /kham-pha/ carries the badge', async () => {
    await tab.goto(`${server.baseUrl}/kham-pha/`);
    const card = tab.locator('.card', { has: tab.locator(`a[href="${SAMPLE}"]`) });
    await card.first().waitFor();
    await expect(card.first().locator('.badge-sample').textContent()).resolves.toBe('Nội dung minh họa');
  });

  it('the printed page keeps the badge and the note', async () => {
    await tab.goto(`${server.baseUrl}${SAMPLE}`);
    await tab.emulateMedia({ media: 'print' });
    await expect(tab.locator('.entry-head .badge-sample').isVisible()).resolves.toBe(true);
    await expect(tab.locator('.sample-note').isVisible()).resolves.toBe(true);
    await tab.emulateMedia({ media: 'screen' });
  });
});

describe('SAMPLES=off', () => {
  beforeAll(() => {
    build({ content: fixture, outDir: distOff, cacheDir, env: { SAMPLES: 'off' } });
  }, 600_000);

  it('builds the site without the sample, its unit and its campaign', () => {
    for (const sitePath of [SAMPLE, UNIT, CAMPAIGN]) expect(existsSync(file(distOff, sitePath)), sitePath).toBe(false);
    expect(page('/ca-nhan/', distOff)).not.toContain(SAMPLE);
    expect(page('/', distOff)).not.toContain(SAMPLE);
    expect(existsSync(file(distOff, '/ca-nhan/ta-trong-the/'))).toBe(true);
  });

  it('stops on a value it does not know, saying what to write', () => {
    const run = runBuild({
      content: fixture,
      outDir: path.join(work, 'dist-bad'),
      cacheDir,
      env: { SAMPLES: 'khong' },
    });
    expect(run.status).not.toBe(0);
    expect(run.log).toContain(
      'SAMPLES="khong" không hợp lệ: ghi SAMPLES=off để dựng trang không có nội dung minh họa, hoặc bỏ biến này để giữ chúng.',
    );
  });
});
