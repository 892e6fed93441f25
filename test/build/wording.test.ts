/**
 * One vocabulary of labels on the built sample site (issue 17): "tấm gương"
 * counts people and collectives, "mô hình" counts models, "kết quả" counts
 * results; one label per action; dates written "ngày 6 tháng 9 năm 2023".
 */
import { describe, expect, it } from 'vitest';
import { kindIds } from '../../src/data/kinds.ts';
import { html, pagePaths } from '../support/dist.ts';

const pages = pagePaths();
const entryPages = pages.filter((p) => kindIds.some((k) => new RegExp(`^/${k}/(?!theo-ten/|trang/)[^/]+/$`).test(p)));
/** The visible text of a page: tags removed, scripts and templates kept out. */
const text = (page: string) =>
  html(page)
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('counts', () => {
  it('/dia-phuong/ counts tấm gương and mô hình apart', () => {
    // TP. Cần Thơ has both kinds in the sample content.
    expect(text('/dia-phuong/')).toMatch(/TP\. Cần Thơ \d+ tấm gương, \d+ mô hình/);
  });

  it('the list of models counts mô hình, the list of people counts tấm gương', () => {
    expect(text('/mo-hinh/')).toMatch(/ \d+ mô hình /);
    expect(text('/mo-hinh/')).not.toMatch(/\d+ tấm gương/);
    expect(text('/ca-nhan/')).toMatch(/ \d+ tấm gương /);
  });

  it('the index of fields counts both kinds where a field has both', () => {
    expect(text('/linh-vuc/')).toMatch(/\d+ tấm gương, \d+ mô hình/);
  });
});

describe('one label per action', () => {
  it.each(['/tim-kiem/', '/kham-pha/'])('%s clears its filters with "Xóa bộ lọc"', (page) => {
    expect(html(page)).toMatch(/<button type="button" class="clear"[^>]*>Xóa bộ lọc<\/button>/);
  });

  it('no page uses another wording for clearing filters, the random order or the order by name', () => {
    for (const page of pages) {
      expect(html(page), page).not.toMatch(/Bỏ tất cả|Xóa mọi bộ lọc|Khám phá ngẫu nhiên|Theo tên \(A–Z\)/);
    }
  });
});

describe('dates', () => {
  it.each(entryPages)('%s writes every date "ngày 6 tháng 9 năm 2023"', (page) => {
    const words = text(page);
    expect(words).toMatch(/Đăng ngày \d{1,2} tháng \d{1,2} năm \d{4}/);
    expect(words).not.toMatch(/\d{1,2} tháng \d{1,2}, \d{4}/);
    // Sources and recognitions: no 06/09/2023.
    const lists = (
      html(page).match(/<section[^>]*aria-labelledby="(nguon|khen-thuong)"[\s\S]*?<\/section>/g) ?? []
    ).join(' ');
    expect(lists).not.toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
  });

  it('/dia-phuong/ writes the date of the 2025 merger in words', () => {
    expect(text('/dia-phuong/')).toContain('Từ ngày 1 tháng 7 năm 2025 cả nước có 34 tỉnh, thành phố');
  });
});

describe("a person's facts", () => {
  it('name the position "Chức vụ, công việc"', () => {
    expect(html('/ca-nhan/ta-trong-the/')).toMatch(/<dt[^>]*>Chức vụ, công việc<\/dt>/);
  });
});
