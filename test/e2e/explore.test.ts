/**
 * /kham-pha/ in a real Chromium against the built sample site: facets that
 * combine (or within a group, and across groups), chips, sorts, the random
 * order's seed, state in the URL and Back, the page without JavaScript, and
 * axe-core. Expected lists are read from the content files under content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { currentProvinceOf } from '../../src/data/provinces.ts';
import { kindIds } from '../../src/data/kinds.ts';
import { seriousViolations, useBrowser } from '../support/browser.ts';
import { siteContent } from '../support/site.ts';

const base = inject('baseUrl');
const browser = useBrowser();

interface Entry {
  href: string;
  kind: string;
  title: string;
  published: string;
  /** Years of recognition the entry states (what the Năm filter holds); none when no year is known. */
  years: number[];
  /** The year a card shows and "Năm" sorts by: the latest of them, 0 (last) when there is none. */
  year: number;
  /** None for a central body (place.central). */
  currentProvince?: string;
}

const entries: Entry[] = kindIds.flatMap((kind) =>
  readdirSync(path.join(siteContent, kind), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const text = readFileSync(path.join(siteContent, kind, d.name, 'index.mdx'), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
      const published = String(data.published instanceof Date ? data.published.toISOString() : data.published).slice(
        0,
        10,
      );
      // Never the publication year: an entry without a recognition year has none.
      const years = ((data.recognitions ?? []) as { year?: number }[]).flatMap((r) => (r.year ? [r.year] : []));
      return {
        href: `/${kind}/${d.name}/`,
        kind,
        title: String(data.title),
        published,
        years,
        year: years.length ? Math.max(...years) : 0,
        currentProvince: data.place.province && currentProvinceOf(data.place.province),
      };
    }),
);
const hrefsOf = (list: Entry[]) => list.map((e) => e.href).sort();
/** The latest year some, but not all, of a list's entries were recognised in: ticking it narrows the list. */
function narrowingYear(list: Entry[]): number {
  const years = [...new Set(list.flatMap((e) => e.years))].sort((a, b) => b - a);
  const year = years.find((y) => list.filter((e) => e.years.includes(y)).length < list.length);
  expect(year, 'a recognition year in the content').toBeDefined();
  return year!;
}
const byHref = new Map(entries.map((e) => [e.href, e]));

async function settled(page: Page) {
  await page.waitForSelector('gs-explore[data-state="ready"]');
}

async function open(page: Page, query = '') {
  await page.goto(`${base}/kham-pha/${query}`);
  await settled(page);
}

const status = (page: Page) => page.locator('gs-explore').getByRole('status');

/** The number the live region announces ("26 kết quả"). */
async function shownCount(page: Page): Promise<number> {
  const text = (await status(page).textContent())!.trim();
  const m = /^([\d.]+) kết quả$/.exec(text);
  if (!m) throw new Error(`unexpected count: "${text}"`);
  return Number(m[1]!.replaceAll('.', ''));
}

const cardLinks = (page: Page) => page.locator('gs-explore .results .card h3 a');

async function cardHrefs(page: Page): Promise<string[]> {
  return cardLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** Every card over every page, following "Trang sau". */
async function allHrefs(page: Page): Promise<string[]> {
  const out = await cardHrefs(page);
  const next = page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang sau →' });
  while (await next.count()) {
    await next.click();
    await settled(page);
    out.push(...(await cardHrefs(page)));
  }
  return out;
}

const facet = (page: Page, legend: string) => page.getByRole('group', { name: legend, exact: true });
const box = (page: Page, legend: string, value: string) =>
  facet(page, legend).getByRole('checkbox', { name: new RegExp(`^${value}(?:\\s|,|$)`) });

async function tick(page: Page, legend: string, value: string) {
  await box(page, legend, value).check();
  await settled(page);
}

async function sortBy(page: Page, label: string) {
  await page.getByLabel('Sắp xếp').selectOption({ label });
  await settled(page);
}

const params = (page: Page) => new URL(page.url()).searchParams;

describe('/kham-pha/: filters', () => {
  it('the count announced equals the cards shown, over all pages', async () => {
    const page = await browser().newPage();
    await open(page);
    expect(await shownCount(page)).toBe(entries.length);
    await expect(status(page).getAttribute('aria-live')).resolves.toBe('polite');
    const first = await cardHrefs(page);
    expect(first).toHaveLength(Math.min(12, entries.length));
    const all = await allHrefs(page);
    expect(all).toHaveLength(entries.length);
    expect([...all].sort()).toEqual(hrefsOf(entries));
    // Each card: an image (or, without a photo, the typographic cover that says "Chưa có ảnh"), the kind, a title
    // link and a summary.
    const card = page.locator('gs-explore .card').first();
    await expect(card.locator('img, .type-cover[role="img"][aria-label="Chưa có ảnh"]').count()).resolves.toBe(1);
    const covers = page.locator('gs-explore .card .type-cover');
    for (const cover of await covers.all()) {
      await expect(cover.locator('.name').textContent()).resolves.toMatch(/\S/);
      await expect(cover.locator('.place').textContent()).resolves.toMatch(/\S/);
    }
    await expect(card.locator('.badge').textContent()).resolves.toMatch(/^(Cá nhân|Tập thể|Mô hình)$/);
    await expect(card.locator('.summary').textContent()).resolves.toMatch(/\S{3,}/);
    await page.close();
  });

  it('Loại = Mô hình shows only mô hình; Địa phương and Năm narrow it (and), another Loại widens it (or)', async () => {
    const page = await browser().newPage();
    await open(page);
    const moHinh = entries.filter((e) => e.kind === 'mo-hinh');
    await tick(page, 'Loại', 'Mô hình');
    expect(params(page).getAll('kind')).toEqual(['Mô hình']);
    expect(await shownCount(page)).toBe(moHinh.length);
    expect((await cardHrefs(page)).sort()).toEqual(hrefsOf(moHinh));
    for (const badge of await page.locator('gs-explore .card .badge').allTextContents()) expect(badge).toBe('Mô hình');
    // The group's own counts ignore its own ticks: Tập thể still says how many it would add.
    const tapThe = entries.filter((e) => e.kind === 'tap-the').length;
    await expect(
      facet(page, 'Loại')
        .locator('li', { has: page.locator('input[value="Tập thể"]') })
        .locator('[data-n]')
        .textContent(),
    ).resolves.toBe(String(tapThe));

    await tick(page, 'Địa phương', 'TP. Cần Thơ');
    const inCanTho = moHinh.filter((e) => e.currentProvince === 'Cần Thơ');
    expect(params(page).getAll('province')).toEqual(['TP. Cần Thơ']);
    expect(await shownCount(page)).toBe(inCanTho.length);
    expect(inCanTho.length).toBeLessThan(entries.filter((e) => e.currentProvince === 'Cần Thơ').length);
    expect((await cardHrefs(page)).sort()).toEqual(hrefsOf(inCanTho));

    // Or within a group: Tập thể widens the list again.
    await tick(page, 'Loại', 'Tập thể');
    const wider = entries.filter((e) => ['mo-hinh', 'tap-the'].includes(e.kind) && e.currentProvince === 'Cần Thơ');
    expect(wider.length).toBeGreaterThan(inCanTho.length);
    expect(await shownCount(page)).toBe(wider.length);
    expect(await allHrefs(page).then((h) => h.sort())).toEqual(hrefsOf(wider));

    // And across groups: a year narrows it (cá nhân: the kind with recognition years in the content).
    const caNhan = entries.filter((e) => e.kind === 'ca-nhan');
    const year = narrowingYear(caNhan);
    await open(page, `?kind=${encodeURIComponent('Cá nhân')}`);
    await tick(page, 'Năm', String(year));
    const inYear = caNhan.filter((e) => e.years.includes(year));
    expect(inYear.length).toBeGreaterThan(0);
    expect(inYear.length).toBeLessThan(caNhan.length);
    expect(await shownCount(page)).toBe(inYear.length);
    expect((await cardHrefs(page)).sort()).toEqual(hrefsOf(inYear));
    await page.close();
  });

  it('a chip removes its filter; "Xóa bộ lọc" removes them all', async () => {
    const page = await browser().newPage();
    const year = String(narrowingYear(entries));
    await open(page, `?kind=Mô+hình&province=TP.+Cần+Thơ&year=${year}`);
    const chips = page.getByRole('list', { name: 'Đang lọc:' }).getByRole('button');
    await expect(chips.allTextContents()).resolves.toHaveLength(3);
    await page.getByRole('button', { name: `Bỏ lọc Năm: ${year}` }).click();
    await settled(page);
    await expect(box(page, 'Năm', year).isChecked()).resolves.toBe(false);
    expect(params(page).getAll('year')).toEqual([]);
    const expected = entries.filter((e) => e.kind === 'mo-hinh' && e.currentProvince === 'Cần Thơ');
    expect(await shownCount(page)).toBe(expected.length);
    // Focus moves to the next chip, not to the top of the page.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(
      'Địa phương: TP. Cần Thơ',
    );

    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await settled(page);
    expect(new URL(page.url()).search).toBe('');
    expect(await shownCount(page)).toBe(entries.length);
    await expect(page.locator('gs-explore input[type="checkbox"]:checked').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Xóa bộ lọc' }).isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('opening a URL with filters restores them: boxes ticked, results filtered', async () => {
    const page = await browser().newPage();
    const year = narrowingYear(entries);
    await open(page, `?kind=${encodeURIComponent('Cá nhân')}&kind=${encodeURIComponent('Tập thể')}&year=${year}`);
    await expect(box(page, 'Loại', 'Cá nhân').isChecked()).resolves.toBe(true);
    await expect(box(page, 'Loại', 'Tập thể').isChecked()).resolves.toBe(true);
    await expect(box(page, 'Loại', 'Mô hình').isChecked()).resolves.toBe(false);
    await expect(box(page, 'Năm', String(year)).isChecked()).resolves.toBe(true);
    const expected = entries.filter((e) => e.kind !== 'mo-hinh' && e.years.includes(year));
    expect(await shownCount(page)).toBe(expected.length);
    expect((await allHrefs(page)).sort()).toEqual(hrefsOf(expected));
    await page.close();
  });

  it('Back restores the previous state', async () => {
    const page = await browser().newPage();
    await open(page);
    await tick(page, 'Loại', 'Cá nhân');
    const caNhan = entries.filter((e) => e.kind === 'ca-nhan');
    const year = String(narrowingYear(caNhan));
    await tick(page, 'Năm', year);
    expect(await shownCount(page)).toBe(caNhan.filter((e) => e.years.includes(Number(year))).length);

    await page.goBack();
    await settled(page);
    expect(params(page).getAll('year')).toEqual([]);
    await expect(box(page, 'Năm', year).isChecked()).resolves.toBe(false);
    await expect(box(page, 'Loại', 'Cá nhân').isChecked()).resolves.toBe(true);
    expect(await shownCount(page)).toBe(caNhan.length);

    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).search).toBe('');
    await expect(box(page, 'Loại', 'Cá nhân').isChecked()).resolves.toBe(false);
    expect(await shownCount(page)).toBe(entries.length);

    await page.goForward();
    await settled(page);
    await expect(box(page, 'Loại', 'Cá nhân').isChecked()).resolves.toBe(true);
    expect(await shownCount(page)).toBe(caNhan.length);
    await page.close();
  });

  it('numbered pages: page 2 is in the URL, Back returns to page 1', async () => {
    const page = await browser().newPage();
    await open(page);
    const first = await cardHrefs(page);
    const pages = page.getByRole('navigation', { name: 'Phân trang' });
    await expect(pages.getByRole('link', { name: 'Trang 1' }).getAttribute('aria-current')).resolves.toBe('page');
    await pages.getByRole('link', { name: 'Trang 2' }).click();
    await settled(page);
    expect(params(page).get('page')).toBe('2');
    const second = await cardHrefs(page);
    expect(second.some((h) => first.includes(h))).toBe(false);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Kết quả');
    await page.goBack();
    await settled(page);
    expect(await cardHrefs(page)).toEqual(first);
    await page.close();
  });

  it('works from the keyboard: Space on a checkbox filters and keeps the focus there', async () => {
    const page = await browser().newPage();
    await open(page);
    await box(page, 'Loại', 'Mô hình').focus();
    await page.keyboard.press('Space');
    await settled(page);
    expect(await shownCount(page)).toBe(entries.filter((e) => e.kind === 'mo-hinh').length);
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('Mô hình');
    await page.close();
  });
});

describe('/kham-pha/: sorts', () => {
  it('Mới nhất (the default): by publication date, newest first', async () => {
    const page = await browser().newPage();
    await open(page);
    await expect(page.getByLabel('Sắp xếp').inputValue()).resolves.toBe('moi-nhat');
    // Entries published the same day may come in any order among themselves: compare the dates, then the set.
    const shown = await allHrefs(page);
    const dates = shown.map((h) => byHref.get(h)!.published);
    expect(dates).toEqual([...dates].sort().reverse());
    expect([...shown].sort()).toEqual(hrefsOf(entries));
    await page.close();
  });

  it('Năm được biểu dương: the latest recognition year first', async () => {
    const page = await browser().newPage();
    await open(page);
    await sortBy(page, 'Năm được biểu dương');
    expect(params(page).get('sort')).toBe('nam');
    const years = (await allHrefs(page)).map((h) => byHref.get(h)!.year);
    expect(years).toHaveLength(entries.length);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    await page.close();
  });

  it('Theo tên: cá nhân by given name, the Vietnamese way', async () => {
    const page = await browser().newPage();
    await open(page);
    await tick(page, 'Loại', 'Cá nhân');
    await sortBy(page, 'Theo tên');
    expect(params(page).get('sort')).toBe('ten');
    const names = (await cardLinks(page).allTextContents()).map((n) => n.trim());
    expect(names).toHaveLength(entries.filter((e) => e.kind === 'ca-nhan').length);
    const given = names.map((n) => n.split(/\s+/).at(-1)!);
    expect(given).toEqual([...given].sort(new Intl.Collator('vi').compare));
    await page.close();
  });

  it('Ngẫu nhiên: a new seed each time it is chosen; the seed in the URL reproduces the order', async () => {
    const page = await browser().newPage();
    await open(page);
    await sortBy(page, 'Ngẫu nhiên');
    const seed = params(page).get('seed');
    expect(seed).toMatch(/^\d+$/);
    expect(params(page).get('sort')).toBe('ngau-nhien');
    await sortBy(page, 'Mới nhất');
    expect(params(page).get('seed')).toBeNull();
    await sortBy(page, 'Ngẫu nhiên');
    const again = params(page).get('seed');
    expect(again).toMatch(/^\d+$/);
    expect(again).not.toBe(seed);
    // "Xáo lại" draws another.
    await page.getByRole('button', { name: 'Xáo lại' }).click();
    await settled(page);
    expect(params(page).get('seed')).not.toBe(again);

    await open(page, '?sort=ngau-nhien&seed=12345');
    const once = await allHrefs(page);
    await open(page, '?sort=ngau-nhien&seed=12345');
    const twice = await allHrefs(page);
    expect(once).toHaveLength(entries.length);
    expect(twice).toEqual(once);
    await open(page, '?sort=ngau-nhien&seed=54321');
    const other = await allHrefs(page);
    expect([...other].sort()).toEqual([...once].sort());
    expect(other).not.toEqual(once);

    // A link without a seed gets one, written into the URL.
    await open(page, '?sort=ngau-nhien');
    expect(params(page).get('seed')).toMatch(/^\d+$/);
    await page.close();
  });
});

describe('/kham-pha/ without JavaScript and for assistive technology', () => {
  it('is in the main menu', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await page.getByRole('navigation', { name: 'Danh mục chính' }).getByRole('link', { name: 'Khám phá' }).click();
    await page.waitForURL(`${base}/kham-pha/`);
    await settled(page);
    // With JavaScript the browser replaces the static links.
    await expect(page.getByRole('navigation', { name: 'Duyệt theo danh mục' }).isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('without JavaScript lists the static taxonomy pages and the three lists', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/kham-pha/`);
    const nav = page.getByRole('navigation', { name: 'Duyệt theo danh mục' });
    await expect(nav.isVisible()).resolves.toBe(true);
    const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of [
      '/ca-nhan/',
      '/tap-the/',
      '/mo-hinh/',
      '/linh-vuc/',
      '/dia-phuong/',
      '/nam/',
      '/don-vi/',
      '/phong-trao/',
      '/bo-suu-tap/',
    ])
      expect(hrefs).toContain(href);
    await expect(page.locator('gs-explore input[type="checkbox"]').first().isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('axe-core: no serious or critical violation without JavaScript', async () => {
    // axe itself needs JavaScript: the site's scripts are blocked instead, which leaves the page as served.
    const context = await browser().newContext();
    await context.route('**/*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${base}/kham-pha/`);
    await expect(page.getByRole('navigation', { name: 'Duyệt theo danh mục' }).isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('axe-core: no serious or critical violation with filters, chips and results', async () => {
    const page = await browser().newPage();
    await open(page, '?kind=Mô+hình&province=TP.+Cần+Thơ');
    expect(await seriousViolations(page)).toEqual([]);
    await sortBy(page, 'Ngẫu nhiên');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('axe-core on a phone, filters opened', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await open(page);
    const toggle = page.getByRole('button', { name: 'Chọn bộ lọc' });
    await expect(box(page, 'Loại', 'Mô hình').isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(box(page, 'Loại', 'Mô hình').isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
