import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, orderValues, pageWindow, statusText } from '../../src/scripts/search/view.ts';

describe('statusText', () => {
  it('says how many results a query has', () => {
    expect(statusText(12, 'dang uy')).toBe('12 kết quả cho “dang uy”');
    expect(statusText(1234, 'x')).toBe('1.234 kết quả cho “x”');
    expect(statusText(0, ' qwerty ')).toBe('Không có kết quả nào cho “qwerty”');
  });

  it('counts entries when browsing without a query', () => {
    expect(statusText(26, '')).toBe('26 kết quả');
    expect(statusText(0, '')).toBe('Không có kết quả nào phù hợp');
  });

  it('shows a decomposed query composed', () => {
    expect(statusText(1, 'Chợ'.normalize('NFD'))).toBe('1 kết quả cho “Chợ”');
  });
});

describe('excerptParts', () => {
  it('keeps <mark> as marks and the rest as text', () => {
    expect(excerptParts('Đảng <mark>ủy</mark> Quân sự <mark>Cần</mark> <mark>Thơ</mark>.')).toEqual([
      { text: 'Đảng ', mark: false },
      { text: 'ủy', mark: true },
      { text: ' Quân sự ', mark: false },
      { text: 'Cần', mark: true },
      { text: ' ', mark: false },
      { text: 'Thơ', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('never turns anything else into markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> &lt;b&gt;đậm&lt;/b&gt; <mark>a</mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> <b>đậm</b> ', mark: false },
      { text: 'a', mark: true },
    ]);
  });

  it('decodes character references and composes NFD text', () => {
    expect(decodeEntities('&amp; &quot;x&quot; &#39; &#x1EA3; &#7843; &bogus;')).toBe('& "x" \' ả ả &bogus;');
    expect(excerptParts('Đ'.normalize('NFD') + 'ảng')).toEqual([{ text: 'Đảng', mark: false }]);
  });

  it('is empty for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('pageWindow', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(1, 20)).toEqual([1, 2, null, 20]);
    expect(pageWindow(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20]);
  });

  it('shows a single missing page instead of a gap', () => {
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
  });
});

describe('orderValues', () => {
  it('orders kinds as the site does, years newest first, the rest the Vietnamese way', () => {
    expect(orderValues('kind', ['Mô hình', 'Cá nhân', 'Tập thể'], ['Cá nhân', 'Tập thể', 'Mô hình'])).toEqual([
      'Cá nhân',
      'Tập thể',
      'Mô hình',
    ]);
    expect(orderValues('year', ['2021', '2025', '2023', '2025'])).toEqual(['2025', '2023', '2021']);
    expect(orderValues('unit', ['Quận ủy Ô Môn', 'Đảng ủy Khối', 'Ban Tuyên giáo', 'Dân vận'])).toEqual([
      'Ban Tuyên giáo',
      'Dân vận',
      'Đảng ủy Khối',
      'Quận ủy Ô Môn',
    ]);
  });
});
