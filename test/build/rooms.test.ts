/**
 * Issue 17, "Sự thật trước hết", on the built sample site: no taxonomy page
 * without entries and no "0" shown for one; /dia-phuong/ names the 34
 * provinces and cities of today as people write them; every entry page
 * points to the correction page; every page's footer says who owns the site.
 */
import { describe, expect, it } from 'vitest';
import { currentProvinces } from '../../src/data/provinces.ts';
import { kindIds } from '../../src/data/kinds.ts';
import { SITE_OWNER } from '../../src/consts.ts';
import { unfilledOwnerFields } from '../../src/lib/site-owner.ts';
import { html, pagePaths } from '../support/dist.ts';

const taxonomyIds = ['linh-vuc', 'dia-phuong', 'nam', 'don-vi', 'phong-trao', 'bo-suu-tap'];
const pages = pagePaths();
const taxonomyPages = pages.filter((p) => taxonomyIds.some((t) => p.startsWith(`/${t}/`)));
const termPages = taxonomyPages.filter((p) => /^\/[a-z-]+\/[^/]+\/$/.test(p));
const entryPages = pages.filter((p) => kindIds.some((k) => new RegExp(`^/${k}/(?!theo-ten/|trang/)[^/]+/$`).test(p)));
/** The visible text of a page's main region, tags removed. */
const mainText = (page: string) =>
  /<main[\s\S]*?<\/main>/
    .exec(html(page))![0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
/** A count of zero ("0 tấm gương", not "10" or "1.500"). */
const zero = /(?<![\d.,])0 (tấm gương|mô hình|kết quả)|Chưa có (tấm gương|mục) nào/;

describe('no empty rooms', () => {
  it('builds taxonomy pages to check', () => {
    expect(termPages.length).toBeGreaterThan(10);
  });

  it.each(termPages)('%s lists at least one entry', (page) => {
    expect(html(page)).toMatch(/<article class="card"/);
  });

  it.each(taxonomyPages)('%s shows no "0 tấm gương" nor "Chưa có tấm gương nào"', (page) => {
    expect(mainText(page)).not.toMatch(zero);
  });

  it('every taxonomy link on every page leads to a page with entries', () => {
    const bad: string[] = [];
    for (const page of pages)
      for (const [, href] of html(page).matchAll(
        /\shref="(\/(?:linh-vuc|dia-phuong|nam|don-vi|phong-trao|bo-suu-tap)\/[^"#?]+)"/g,
      ))
        if (!taxonomyPages.includes(href!)) bad.push(`${page} → ${href}`);
    expect(bad).toEqual([]);
  });
});

describe('/dia-phuong/', () => {
  const doc = html('/dia-phuong/');
  const named = [...doc.matchAll(/data-province="([^"]+)"/g)].map((m) => m[1]!);

  it('names exactly the 34 provinces and cities of today, as people write them', () => {
    expect(named).toHaveLength(34);
    expect([...named].sort()).toEqual(currentProvinces.map((p) => p.label).sort());
    for (const city of ['TP. Hồ Chí Minh', 'TP. Cần Thơ', 'TP. Hà Nội', 'TP. Hải Phòng', 'TP. Đà Nẵng', 'TP. Huế'])
      expect(named).toContain(city);
    expect(named).not.toContain('Hồ Chí Minh');
  });

  it('links only the places that have entries, each with its count', () => {
    for (const [, slug] of doc.matchAll(/<a class="name"[^>]*href="\/dia-phuong\/([^/"]+)\/"/g))
      expect(pages).toContain(`/dia-phuong/${slug}/`);
    expect(mainText('/dia-phuong/')).toMatch(/TP\. Cần Thơ \d+ tấm gương, \d+ mô hình/);
  });

  it('shows a former province under the unit it merged into, "nay thuộc …"', () => {
    // Lê Thị Lụa's entry is recorded under Yên Bái, merged into Lào Cai in 2025.
    expect(mainText('/dia-phuong/')).toMatch(
      /Gồm cả tỉnh Yên Bái \(\d+\) \(trước ngày 1 tháng 7 năm 2025; nay thuộc Lào Cai\)/,
    );
    expect(mainText('/dia-phuong/yen-bai/')).toContain('nay thuộc Lào Cai');
  });

  it('titles a city page with the name as written', () => {
    expect(html('/dia-phuong/can-tho/')).toMatch(/<h1[^>]*>TP\. Cần Thơ<\/h1>/);
  });
});

describe('an owner and a way to correct', () => {
  it.each(entryPages)('%s links to /dinh-chinh/ after its sources', (page) => {
    const main = /<main[\s\S]*?<\/main>/.exec(html(page))![0];
    const sources = main.indexOf('Nguồn tư liệu');
    const link = main.indexOf('href="/dinh-chinh/"');
    expect(sources).toBeGreaterThan(0);
    expect(link).toBeGreaterThan(sources);
  });

  it('has the correction page, saying where to write, what to give and what happens next', () => {
    const text = mainText('/dinh-chinh/');
    expect(text).toContain('Đính chính và gỡ bỏ');
    for (const heading of ['Gửi đề nghị ở đâu', 'Cần cho biết những gì', 'Điều gì diễn ra tiếp theo'])
      expect(text).toContain(heading);
    expect(text).toContain('ngày làm việc');
  });

  it.each(pages)('%s has the owner block and the correction link in its footer', (page) => {
    const footer = /<footer[\s\S]*?<\/footer>/.exec(html(page))?.[0] ?? '';
    expect(footer).toContain('data-owner-block');
    expect(footer).toContain('Cơ quan chủ quản');
    expect(footer).toContain('href="/dinh-chinh/"');
  });

  it.runIf(unfilledOwnerFields(SITE_OWNER).length > 0)(
    'says plainly what is not published yet, and invents no contact',
    () => {
      const footer = /<footer[\s\S]*?<\/footer>/.exec(html('/'))![0];
      expect(footer).toContain('Chưa công bố cơ quan chủ quản');
      expect(footer).toContain('data-owner-unfilled');
      expect(footer).not.toMatch(/mailto:|tel:/);
      expect(html('/gioi-thieu/')).toContain('data-owner-block');
    },
  );
});
