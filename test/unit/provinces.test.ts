import { describe, expect, it } from 'vitest';
import {
  acceptedProvinceNames,
  currentProvinceOf,
  currentProvinces,
  formerProvinces,
  mergerDate,
  provinceByName,
  provinceFullName,
  provinceLabel,
  provinceNames,
  provinces,
} from '../../src/data/provinces.ts';

describe('province list (Nghị quyết 202/2025/QH15)', () => {
  it('has 34 current units, 29 former provinces and 63 names in all', () => {
    expect(currentProvinces).toHaveLength(34);
    expect(formerProvinces).toHaveLength(29);
    expect(provinces).toHaveLength(63);
    expect(provinceNames).toHaveLength(63);
  });

  it('lists each name once, current ones first', () => {
    expect(new Set(provinceNames).size).toBe(63);
    expect(provinces.slice(0, 34).every((p) => p.current)).toBe(true);
    expect(provinces.slice(34).every((p) => !p.current)).toBe(true);
  });

  it('has 6 centrally governed cities and 28 provinces after the merger', () => {
    expect(
      currentProvinces
        .filter((p) => p.type === 'thanh-pho')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Cần Thơ', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế'].sort());
    expect(currentProvinces.filter((p) => p.type === 'tinh')).toHaveLength(28);
  });

  it('accounts for every former province exactly once in mergedFrom', () => {
    const merged = currentProvinces.flatMap((p) => p.mergedFrom);
    expect(merged).toHaveLength(29);
    expect(merged.sort()).toEqual(formerProvinces.map((p) => p.name).sort());
  });

  it('has a unique slug for every name', () => {
    expect(new Set(provinces.map((p) => p.slug)).size).toBe(63);
    expect(provinceByName('Bà Rịa – Vũng Tàu')?.slug).toBe('ba-ria-vung-tau');
    expect(provinceByName('Đắk Lắk')?.slug).toBe('dak-lak');
  });

  it('takes effect on 2025-07-01', () => {
    expect(mergerDate).toBe('2025-07-01');
  });
});

describe('currentProvinceOf', () => {
  it('maps a former province to the unit it merged into', () => {
    expect(currentProvinceOf('Sóc Trăng')).toBe('Cần Thơ');
    expect(currentProvinceOf('Hậu Giang')).toBe('Cần Thơ');
    expect(currentProvinceOf('Hà Giang')).toBe('Tuyên Quang');
    expect(currentProvinceOf('Bình Dương')).toBe('Hồ Chí Minh');
    expect(currentProvinceOf('Bà Rịa – Vũng Tàu')).toBe('Hồ Chí Minh');
  });

  it('maps every current unit to itself', () => {
    for (const p of currentProvinces) expect(currentProvinceOf(p.name)).toBe(p.name);
  });

  it('maps every former province to a current unit', () => {
    const current = new Set(currentProvinces.map((p) => p.name));
    for (const p of formerProvinces) {
      expect(p.currentName).not.toBe(p.name);
      expect(current.has(currentProvinceOf(p.name))).toBe(true);
    }
  });

  it('accepts a decomposed (NFD) name', () => {
    expect(currentProvinceOf('Sóc Trăng'.normalize('NFD'))).toBe('Cần Thơ');
  });

  it('throws on an unknown name, naming it', () => {
    expect(() => currentProvinceOf('Quang Ninh')).toThrow('Không có tỉnh, thành phố tên "Quang Ninh"');
    expect(() => currentProvinceOf('Sài Gòn')).toThrow('Không có tỉnh, thành phố tên "Sài Gòn"');
  });
});

describe('provinceByName / provinceFullName', () => {
  it('finds the record, or undefined', () => {
    expect(provinceByName('Cần Thơ')).toMatchObject({
      name: 'Cần Thơ',
      current: true,
      type: 'thanh-pho',
      mergedFrom: ['Sóc Trăng', 'Hậu Giang'],
    });
    expect(provinceByName('Sóc Trăng')).toMatchObject({
      current: false,
      type: 'tinh',
      mergedFrom: [],
      currentName: 'Cần Thơ',
    });
    expect(provinceByName('Quang Ninh')).toBeUndefined();
  });

  it('writes the name with its type for prose', () => {
    expect(provinceFullName('Cần Thơ')).toBe('thành phố Cần Thơ');
    expect(provinceFullName('Quảng Ninh')).toBe('tỉnh Quảng Ninh');
    expect(provinceFullName('Sóc Trăng')).toBe('tỉnh Sóc Trăng');
    expect(provinceFullName('Không Có')).toBe('Không Có');
  });
});

describe('names as people write them', () => {
  it('writes the six centrally governed cities "TP. …" and every other unit by its name', () => {
    expect(
      currentProvinces
        .filter((p) => p.label !== p.name)
        .map((p) => p.label)
        .sort(),
    ).toEqual(['TP. Cần Thơ', 'TP. Đà Nẵng', 'TP. Hà Nội', 'TP. Hải Phòng', 'TP. Hồ Chí Minh', 'TP. Huế'].sort());
    for (const p of formerProvinces) expect(p.label).toBe(p.name);
    expect(provinceLabel('Hồ Chí Minh')).toBe('TP. Hồ Chí Minh');
    expect(provinceLabel('Sóc Trăng')).toBe('Sóc Trăng');
  });

  it('accepts "TP. …" and "Thừa Thiên Huế" as other names of a unit', () => {
    expect(acceptedProvinceNames).toHaveLength(70);
    expect(provinceByName('TP. Hồ Chí Minh')?.name).toBe('Hồ Chí Minh');
    expect(currentProvinceOf('TP. Cần Thơ')).toBe('Cần Thơ');
    expect(currentProvinceOf('Thừa Thiên Huế')).toBe('Huế');
    expect(provinceLabel('Thừa Thiên Huế')).toBe('TP. Huế');
    expect(provinceFullName('TP. Hải Phòng')).toBe('thành phố Hải Phòng');
  });
});
