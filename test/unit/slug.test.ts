import { describe, expect, it } from 'vitest';
import { slug } from '../../src/lib/slug.ts';

describe('slug', () => {
  it('folds đ → d (which has no Unicode decomposition)', () => {
    expect(slug('Đảng ủy Khối Các cơ quan Trung ương')).toBe('dang-uy-khoi-cac-co-quan-trung-uong');
    expect(slug('đồng')).toBe('dong');
    expect(slug('ĐỒNG')).toBe('dong');
  });

  it('keeps digits', () => {
    expect(slug('Chợ 0 đồng')).toBe('cho-0-dong');
    expect(slug('Xã Hòa Tú 1')).toBe('xa-hoa-tu-1');
  });

  it('drops the en dash and its spaces', () => {
    expect(slug('Bà Rịa – Vũng Tàu')).toBe('ba-ria-vung-tau');
  });

  it('handles the horned and hatted vowels', () => {
    expect(slug('Quận ủy Ô Môn')).toBe('quan-uy-o-mon');
    expect(slug('Trương Thị Ướt')).toBe('truong-thi-uot');
    expect(slug('Chi bộ ấp Thới An')).toBe('chi-bo-ap-thoi-an');
    expect(slug('Thành phố Hồ Chí Minh')).toBe('thanh-pho-ho-chi-minh');
  });

  it('gives the same slug for NFD and NFC input', () => {
    const title = 'Đảng ủy Khối Các cơ quan Trung ương';
    expect(slug(title.normalize('NFD'))).toBe(slug(title));
  });
});
