/**
 * /tim-kiem/ in a real Chromium against the built sample site: queries with
 * and without accents (đ included), phrases, NFD input, filters, sorts, the
 * URL as the state (typing replaces, filters push, Back restores), keyboard
 * use, axe-core with and without JavaScript, and what Pagefind really indexed.
 */
import { PAGE_SIZES } from '../../src/search/filters.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations, useBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();
const PAGE_SIZE = PAGE_SIZES.search;

/** Wait until no search is waiting or running, after at least one was shown. */
async function idle(page: Page) {
  await page.waitForSelector('gs-search[data-searches]:not([data-busy])', { state: 'attached' });
}

async function open(page: Page, search = '') {
  await page.goto(`${base}/tim-kiem/${search}`);
  await idle(page);
}

/** Type a query into the search box (as one edit), wait for its results. */
async function type(page: Page, q: string) {
  await page.fill('#tu-khoa', q);
  await idle(page);
}

const titles = (page: Page) => page.locator('[data-results] .result-title').allTextContents();
const status = (page: Page) => page.locator('[data-status]').textContent();
const query = (page: Page) => new URL(page.url()).searchParams;
const searches = (page: Page) => page.locator('gs-search').evaluate((el) => Number(el.dataset.searches));

const ALL = 28;
const O_MON = [
  'Quận ủy Ô Môn',
  'Ban Tuyên giáo Quận ủy Ô Môn',
  'Trung tâm Văn hóa - Thể thao và Truyền thanh quận Ô Môn',
];

describe('queries and their top results', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser().newPage();
    await open(page);
  });
  afterAll(() => page.close());

  /** [query, titles expected at the top, in this order] — from the sample content under content/. */
  const firsts: [string, string[]][] = [
    ['cho 0 dong', ['Chợ 0 đồng']],
    ['Chợ 0 đồng', ['Chợ 0 đồng']],
    ['xi măng', ['Tô Quang Thực']],
    ['chuyen xe yeu thuong', ['Chuyến xe yêu thương']],
    ['nguyen the ngoi', ['Nguyễn Thế Ngời']],
    ['ngo van dau', ['Ngô Văn Đậu']],
    ['tơ tằm', ['Lê Thị Lụa']],
    ['shipper', ['Đội hình “Shipper tình nguyện”']],
    ['khmer', ['Tết Quân dân mừng Chôl Chnăm Thmây']],
    ['phu nu', ['Hội Phụ nữ Bộ Chỉ huy Quân sự thành phố Cần Thơ']],
    ['tuyen giao', ['Ban Tuyên giáo Quận ủy Ô Môn']],
    ['bac ho', ['Trồng cây đời đời nhớ ơn Bác Hồ']],
    ['dang ai viet', ['Đặng Ái Việt']],
  ];
  it.each(firsts)('%s', async (q, expected) => {
    await type(page, q);
    expect((await titles(page)).slice(0, expected.length)).toEqual(expected);
  });

  it('"dang uy" (no đ typed) finds Đảng ủy first, with the count in the status', async () => {
    await type(page, 'dang uy');
    expect(new Set((await titles(page)).slice(0, 2))).toEqual(
      new Set(['Đảng ủy Khối Các cơ quan Trung ương', 'Đảng ủy Quân sự thành phố Cần Thơ']),
    );
    await expect(status(page)).resolves.toMatch(/^\d+ kết quả cho “dang uy”$/);
    await expect(page.locator('[data-status]').getAttribute('aria-live')).resolves.toBe('polite');
  });

  it('the excerpt keeps the accents the page has: "dang uy" marks "Đảng"', async () => {
    await type(page, 'dang uy');
    const marks = await page
      .locator('[data-results] .result')
      .first()
      .locator('.result-excerpt mark')
      .allTextContents();
    expect(marks).toContain('Đảng');
    expect(marks).toContain('ủy');
  });

  it('"duc" also finds pages that only say "đức"', async () => {
    await type(page, 'duc');
    const marks = (await page.locator('.result-excerpt mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks.some((m) => m.startsWith('đức'))).toBe(true);
    expect(marks.some((m) => m.startsWith('dục'))).toBe(true);
    expect(await titles(page)).toContain('Lâm Văn Bảng');
  });

  it('"o mon" finds the three Ô Môn collectives first', async () => {
    await type(page, 'o mon');
    expect(new Set((await titles(page)).slice(0, 3))).toEqual(new Set(O_MON));
  });

  it('typed accents rank exact first: "đảo" above pages that only have "đạo"', async () => {
    await type(page, 'dao');
    const plain = await titles(page);
    expect(plain[0]).not.toBe('Lê Văn Thái');
    expect(plain).toContain('Lê Văn Thái');
    await type(page, 'đảo');
    expect((await titles(page))[0]).toBe('Lê Văn Thái');
    expect(await page.locator('[data-results] .result').first().locator('mark').allTextContents()).toContain('đảo');
  });

  it('a quoted phrase finds only pages with the phrase, the page of that name first', async () => {
    await type(page, '"chợ 0 đồng"');
    const found = await titles(page);
    expect(found[0]).toBe('Chợ 0 đồng');
    expect(found.length).toBeLessThan(10);
    for (const excerpt of await page.locator('.result-excerpt').allTextContents())
      expect(excerpt.toLowerCase()).toContain('chợ 0 đồng');
    await type(page, '"xe cap cuu"');
    expect((await titles(page))[0]).toBe('Ngô Văn Đậu');
    expect((await titles(page)).length).toBeLessThan(4);
  });

  it('NFD-typed input gives the same results as NFC', async () => {
    await type(page, 'Chợ 0 đồng');
    const nfc = await titles(page);
    const nfd = 'Chợ 0 đồng'.normalize('NFD');
    expect(nfd).not.toBe('Chợ 0 đồng');
    await type(page, 'x');
    await type(page, nfd);
    expect(await titles(page)).toEqual(nfc);
    expect(query(page).get('q')).toBe('Chợ 0 đồng');
  });

  it('upper case gives the same results as lower case', async () => {
    await type(page, 'chợ 0 đồng');
    const lower = await titles(page);
    await type(page, 'CHỢ 0 ĐỒNG');
    expect(await titles(page)).toEqual(lower);
    await type(page, 'DANG UY');
    expect((await titles(page)).slice(0, 2)).toEqual(expect.arrayContaining(['Đảng ủy Khối Các cơ quan Trung ương']));
  });

  it('a typed capital Đ finds "đức" too', async () => {
    await type(page, 'Đức');
    expect(await titles(page)).toContain('Lâm Văn Bảng');
  });

  it('no results: a helpful message, and links to browse', async () => {
    await type(page, 'qwerty');
    await expect(status(page)).resolves.toBe('Không có kết quả nào cho “qwerty”');
    const empty = page.locator('[data-empty]');
    await expect(empty.isVisible()).resolves.toBe(true);
    const text = (await empty.textContent())!;
    expect(text).toContain('chính tả');
    expect(text).toContain('không dấu');
    for (const href of ['/linh-vuc/', '/dia-phuong/', '/nam/', '/don-vi/', '/phong-trao/', '/bo-suu-tap/'])
      await expect(empty.locator(`a[href="${href}"]`).count()).resolves.toBe(1);
    await expect(titles(page)).resolves.toEqual([]);
  });
});

describe('results', () => {
  it('show a cover (alt="", width, height), the kind, a title link, the summary and a safe excerpt', async () => {
    const page = await browser().newPage();
    await open(page, '?q=cho+0+dong');
    const first = page.locator('[data-results] .result').first();
    const img = first.locator('img');
    await expect(img.getAttribute('alt')).resolves.toBe('');
    await expect(img.getAttribute('width')).resolves.toBe('160');
    await expect(img.getAttribute('height')).resolves.toBe('120');
    expect(await img.getAttribute('src')).toMatch(/^\/_astro\/.+\.jpeg$/);
    await expect(first.locator('.badge').textContent()).resolves.toBe('Mô hình');
    await expect(first.locator('.result-title a').getAttribute('href')).resolves.toBe('/mo-hinh/cho-0-dong/');
    expect((await first.locator('.result-summary').textContent())!.length).toBeGreaterThan(40);
    // The excerpt is text nodes and <mark> only.
    const nodes = await page
      .locator('.result-excerpt')
      .evaluateAll((els) => els.flatMap((el) => [...el.childNodes].map((n) => n.nodeName)));
    expect(new Set(nodes)).toEqual(new Set(['#text', 'MARK']));
    await page.close();
  });

  it('page numbers: page 2 moves focus to the results heading, Back returns to page 1', async () => {
    const page = await browser().newPage();
    await open(page);
    await expect(status(page)).resolves.toBe(`${ALL} kết quả`);
    const first = await titles(page);
    expect(first).toHaveLength(PAGE_SIZE);
    const pages = page.getByRole('navigation', { name: 'Các trang kết quả' });
    await expect(pages.getByRole('link').allTextContents()).resolves.toEqual([
      'Trang 1',
      'Trang 2',
      'Trang 3',
      'Trang sau →',
    ]);
    await pages.getByRole('link', { name: 'Trang 2', exact: true }).click();
    await idle(page);
    expect(query(page).get('page')).toBe('2');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('ket-qua');
    await expect(page.locator('#ket-qua').textContent()).resolves.toBe('Kết quả, trang 2/3');
    const second = await titles(page);
    expect(second).toHaveLength(PAGE_SIZE);
    expect(second.some((t) => first.includes(t))).toBe(false);
    await page.goBack();
    await page.waitForURL(`${base}/tim-kiem/`);
    await idle(page);
    await expect(titles(page)).resolves.toEqual(first);
    await page.close();
  });

  it('typing replaces the history entry; it searches once for quick keystrokes', async () => {
    const page = await browser().newPage();
    await open(page);
    const length = await page.evaluate(() => history.length);
    const before = await searches(page);
    await page.locator('#tu-khoa').pressSequentially('dang uy', { delay: 10 });
    await idle(page);
    expect(query(page).get('q')).toBe('dang uy');
    await expect(page.evaluate(() => history.length)).resolves.toBe(length);
    expect((await searches(page)) - before).toBeLessThan('dang uy'.length);
    await page.close();
  });
});

describe('what a search fetches', () => {
  it('reads only the results it shows, and a facet’s filter file only once the facet is open', async () => {
    const page = await browser().newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/')) fetched.push(path);
    });
    await open(page, '?q=dang');
    const shown = await page.locator('[data-results] .result').count();
    expect(shown).toBe(PAGE_SIZE);
    // One fragment file per shown result at most (the counts never read results), whatever the total.
    await expect(status(page)).resolves.toMatch(/^\d+ kết quả/);
    expect(Number((await status(page))!.split(' ')[0])).toBeGreaterThan(PAGE_SIZE);
    expect(fetched.filter((p) => p.includes('/fragment/')).length).toBeLessThanOrEqual(shown);
    // "Loại" is open and counted; the closed facets have not loaded their filters.
    expect(fetched.filter((p) => p.includes('/filter/'))).toHaveLength(1);
    const filters = page.getByRole('region', { name: 'Lọc kết quả' });
    await filters.locator('summary', { hasText: 'Địa phương' }).click();
    // Its values come with their counts once its filter file is in.
    await filters.getByRole('checkbox', { name: /^TP\. Cần Thơ/ }).waitFor();
    expect(await filters.locator('label', { hasText: 'TP. Cần Thơ' }).textContent()).toMatch(
      /^TP\. Cần Thơ, \d+ kết quả$/,
    );
    expect(fetched.filter((p) => p.includes('/filter/'))).toHaveLength(2);
    await page.close();
  });
});

describe('filters and sorts', () => {
  it('filters alone and combined: Tập thể, then TP. Cần Thơ; chips remove them; Back undoes a filter', async () => {
    const page = await browser().newPage();
    await open(page);
    const length = await page.evaluate(() => history.length);
    const filters = page.getByRole('region', { name: 'Lọc kết quả' });

    await filters.getByRole('checkbox', { name: /^Tập thể/ }).check();
    await idle(page);
    expect(query(page).getAll('kind')).toEqual(['Tập thể']);
    await expect(page.evaluate(() => history.length)).resolves.toBe(length + 1);
    await expect(status(page)).resolves.toBe('7 kết quả');
    await expect(page.locator('[data-results] .badge').allTextContents()).resolves.toEqual(Array(7).fill('Tập thể'));

    await filters.locator('summary', { hasText: 'Địa phương' }).click();
    await filters.getByRole('checkbox', { name: /^TP\. Cần Thơ/ }).check();
    await idle(page);
    expect(query(page).getAll('province')).toEqual(['TP. Cần Thơ']);
    await expect(status(page)).resolves.toBe('6 kết quả');
    expect(await titles(page)).not.toContain('Đảng ủy Khối Các cơ quan Trung ương');
    const chips = page.getByRole('list', { name: 'Bộ lọc đang chọn' }).getByRole('button');
    await expect(chips.allTextContents()).resolves.toEqual([
      'Bỏ lọc Loại: Tập thể ✕',
      'Bỏ lọc Địa phương: TP. Cần Thơ ✕',
    ]);
    // Counts: a ticked key counts without itself (how many "Mô hình" in Cần Thơ; no cá nhân is there).
    expect(await filters.locator('label', { hasText: 'Mô hình' }).textContent()).toMatch(/Mô hình, 9 kết quả$/);
    expect(await filters.locator('label', { hasText: 'Cá nhân' }).textContent()).toMatch(/Cá nhân, 0 kết quả$/);

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('province'));
    await idle(page);
    await expect(status(page)).resolves.toBe('7 kết quả');
    await expect(filters.getByRole('checkbox', { name: /^TP\. Cần Thơ/ }).isChecked()).resolves.toBe(false);
    await expect(filters.getByRole('checkbox', { name: /^Tập thể/ }).isChecked()).resolves.toBe(true);

    await chips.first().click();
    await idle(page);
    expect(query(page).has('kind')).toBe(false);
    await expect(status(page)).resolves.toBe(`${ALL} kết quả`);
    await page.close();
  });

  it('a query with a filter: "dang uy" among Tập thể', async () => {
    const page = await browser().newPage();
    await open(page, '?q=dang+uy&kind=T%E1%BA%ADp+th%E1%BB%83');
    const found = await titles(page);
    expect(found.slice(0, 2)).toEqual(
      expect.arrayContaining(['Đảng ủy Khối Các cơ quan Trung ương', 'Đảng ủy Quân sự thành phố Cần Thơ']),
    );
    await expect(page.locator('[data-results] .badge').allTextContents()).resolves.toEqual(
      Array(found.length).fill('Tập thể'),
    );
    await page.close();
  });

  it('a former province (Yên Bái, merged into Lào Cai in 2025) finds the entry recorded there', async () => {
    const page = await browser().newPage();
    await open(page, '?province=Y%C3%AAn+B%C3%A1i');
    await expect(titles(page)).resolves.toEqual(['Lê Thị Lụa']);
    await page.close();
  });

  it('sort by name: given names the Vietnamese way', async () => {
    const page = await browser().newPage();
    await open(page, '?kind=C%C3%A1+nh%C3%A2n');
    await page.getByLabel('Sắp xếp').selectOption({ label: 'Theo tên' });
    await idle(page);
    expect(query(page).get('sort')).toBe('ten');
    const given = (await titles(page)).map((t) => t.trim().split(/\s+/).at(-1)!);
    expect(given).toHaveLength(PAGE_SIZE);
    expect(given).toEqual([...given].sort(new Intl.Collator('vi').compare));
    await page.close();
  });

  it('sort by newest, by year of recognition, and a random order that a link reproduces', async () => {
    const page = await browser().newPage();
    await open(page, '?q=o+mon');
    await page.getByLabel('Sắp xếp').selectOption({ label: 'Năm được biểu dương' });
    await idle(page);
    expect(query(page).get('sort')).toBe('nam');
    await page.getByLabel('Sắp xếp').selectOption({ label: 'Ngẫu nhiên' });
    await idle(page);
    const seed = query(page).get('seed');
    expect(seed).toMatch(/^\d+$/);
    const shuffled = await titles(page);
    await open(page, `?q=o+mon&sort=ngau-nhien&seed=${seed}`);
    await expect(titles(page)).resolves.toEqual(shuffled);
    await page.close();
  });

  it('restores the whole state from a URL opened directly', async () => {
    const page = await browser().newPage();
    await open(page, '?q=dang+uy&kind=T%E1%BA%ADp+th%E1%BB%83&page=1');
    await expect(page.locator('#tu-khoa').inputValue()).resolves.toBe('dang uy');
    await expect(page.getByRole('checkbox', { name: /^Tập thể/ }).isChecked()).resolves.toBe(true);
    await expect(status(page)).resolves.toMatch(/^\d+ kết quả cho “dang uy”$/);
    await expect(page.getByRole('list', { name: 'Bộ lọc đang chọn' }).textContent()).resolves.toContain('Tập thể');
    await expect(page.title()).resolves.toBe('“dang uy” — Tìm kiếm — Gương Sáng');
    await page.close();
  });
});

describe('keyboard and accessibility', () => {
  it('keyboard only: Tab to the box, type, Tab to a result, Enter opens it', async () => {
    const page = await browser().newPage();
    await open(page);
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'tu-khoa'; i++)
      await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tu-khoa');
    await page.keyboard.type('cho 0 dong');
    await idle(page);
    let tabs = 0;
    while (tabs++ < 20 && !(await page.evaluate(() => Boolean(document.activeElement?.closest('.result')))))
      await page.keyboard.press('Tab');
    expect(tabs).toBeLessThanOrEqual(5);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ text: 'Chợ 0 đồng', outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/mo-hinh/cho-0-dong/`);
    await page.close();
  });

  it('axe-core: no serious or critical violation with results and filters shown', async () => {
    const page = await browser().newPage();
    await open(page, '?q=dang+uy&kind=T%E1%BA%ADp+th%E1%BB%83');
    expect(await seriousViolations(page)).toEqual([]);
    await type(page, 'qwerty');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript: says search needs it and links the browse pages', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/tim-kiem/?q=dang+uy`);
    await expect(page.getByRole('heading', { name: 'Tìm kiếm cần JavaScript' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-app]').isVisible()).resolves.toBe(false);
    const note = page.locator('[data-no-js]');
    for (const href of ['/linh-vuc/', '/dia-phuong/', '/nam/', '/don-vi/', '/phong-trao/', '/bo-suu-tap/'])
      await expect(note.locator(`a[href="${href}"]`).isVisible()).resolves.toBe(true);
    // The form still works as a plain GET form.
    await expect(page.locator('form[action="/tim-kiem/"][method="get"] #tu-khoa[name="q"]').count()).resolves.toBe(1);
    await context.close();
  });

  it('axe-core on the no-JavaScript version', async () => {
    // axe-core cannot run in a page with JavaScript off, so: the same page with its own script blocked,
    // and the rules for `@media (scripting: enabled)` taken out, renders what a browser without JavaScript shows.
    const page = await browser().newPage();
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${base}/tim-kiem/?q=dang+uy`);
    await page.evaluate(() => {
      for (const sheet of document.styleSheets)
        for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
          const rule = sheet.cssRules[i];
          if (rule instanceof CSSMediaRule && rule.conditionText.includes('scripting')) sheet.deleteRule(i);
        }
    });
    await expect(page.getByRole('heading', { name: 'Tìm kiếm cần JavaScript' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-app]').isVisible()).resolves.toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('with JavaScript the note is gone', async () => {
    const page = await browser().newPage();
    await open(page);
    await expect(page.locator('[data-no-js]').isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('what Pagefind indexed', () => {
  /** Every indexed page's text, as the browser's Pagefind returns it. */
  async function fragments(): Promise<{ url: string; content: string }[]> {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    // A string, not a function: Vitest would rewrite a dynamic import() inside a function.
    const out = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const all = await pagefind.search(null);
      return Promise.all(all.results.map(async (r) => {
        const d = await r.data();
        return { url: d.url, content: d.content };
      }));
    })()`)) as { url: string; content: string }[];
    await page.close();
    return out;
  }

  it('only entry pages, with their words apart: no "tiêuHỗ" where a <dt> meets its <dd>', async () => {
    const all = await fragments();
    expect(all).toHaveLength(ALL);
    for (const { url } of all) expect(url).toMatch(/^\/(ca-nhan|tap-the|mo-hinh)\/[a-z0-9-]+\/$/);
    const cho = all.find((f) => f.url === '/mo-hinh/cho-0-dong/')!.content;
    expect(cho).toContain('Mục tiêu Hỗ trợ Nhân dân');
    expect(cho).not.toContain('tiêuHỗ');
    // Nowhere a lower-case letter runs into an upper-case one, or a full stop into the next word.
    for (const { url, content } of all) {
      expect(content.match(/\S*\p{Ll}\p{Lu}\S*/u)?.[0], url).toBeUndefined();
      expect(content.match(/\S*\p{L}[.;:!?]\p{L}\S*/u)?.[0], url).toBeUndefined();
    }
  });
});
