/**
 * A reader in a real Chromium: from the home page to an entry by clicking,
 * the same entry without JavaScript, and axe-core on the core page types.
 */
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations, useBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('browsing', () => {
  it('home → Tập thể → an entry, by clicking', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await expect(page.title()).resolves.toBe('Gương Sáng');
    await page.getByRole('navigation', { name: 'Danh mục chính' }).getByRole('link', { name: 'Tập thể' }).click();
    await page.waitForURL(`${base}/tap-the/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tập thể');
    const first = page.locator('main .card h2 a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/tap-the\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).textContent()).resolves.toContain('Tập thể');
    await page.close();
  });

  it('a list sorts by given name, the Vietnamese way', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/ca-nhan/`);
    await page.getByRole('link', { name: 'Theo tên', exact: true }).click();
    await page.waitForURL(`${base}/ca-nhan/theo-ten/`);
    const names = await page.locator('main .card h2').allTextContents();
    const given = names.map((n) => n.trim().split(/\s+/).at(-1)!);
    expect(given).toEqual([...given].sort(new Intl.Collator('vi').compare));
    await page.close();
  });

  it('an entry reads completely with JavaScript disabled: story, facts, images', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/mo-hinh/`);
    const href = await page.locator('main .card h2 a').first().getAttribute('href');
    await page.goto(`${base}${href}`, { waitUntil: 'load' });
    const story = page.locator('[data-story]');
    await expect(story.isVisible()).resolves.toBe(true);
    expect(((await story.textContent()) ?? '').length).toBeGreaterThan(200);
    await expect(page.getByRole('complementary', { name: 'Thông tin' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Nguồn tư liệu' }).isVisible()).resolves.toBe(true);
    const cover = page.locator('figure.cover img');
    await cover.scrollIntoViewIfNeeded();
    await expect(cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
    await context.close();
  });
});

describe('accessibility (axe-core: no serious or critical violation)', () => {
  const pages = [
    '/',
    '/tap-the/',
    '/ca-nhan/theo-ten/',
    '/dia-phuong/',
    '/dia-phuong/can-tho/',
    '/linh-vuc/dan-van/',
    '/gioi-thieu/',
    '/dinh-chinh/',
  ];
  it.each(pages)('%s', async (path) => {
    const page = await browser().newPage();
    await page.goto(`${base}${path}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('an entry page of each kind', async () => {
    const page = await browser().newPage();
    for (const kind of ['ca-nhan', 'tap-the', 'mo-hinh']) {
      await page.goto(`${base}/${kind}/`);
      const href = await page.locator('main .card h2 a').first().getAttribute('href');
      await page.goto(`${base}${href}`);
      expect(await seriousViolations(page), href!).toEqual([]);
    }
    await page.close();
  });

  it('the skip link takes keyboard users to the content', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('noi-dung');
    await page.close();
  });
});
