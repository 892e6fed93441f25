import { describe, expect, it } from 'vitest';
import { fold, nfc, squash } from '../../src/lib/fold.ts';

describe('fold', () => {
  it('removes tone and vowel marks, folds đ → d and lower-cases', () => {
    expect(fold('Đảng ủy')).toBe('dang uy');
    expect(fold('Nguyễn Thị Ánh')).toBe('nguyen thi anh');
    expect(fold('Trương Ước Ơn Ư')).toBe('truong uoc on u');
    expect(fold('Quảng Ninh')).toBe('quang ninh');
  });

  it('folds both đ and Đ', () => {
    expect(fold('đồng')).toBe('dong');
    expect(fold('ĐỒNG')).toBe('dong');
    expect(fold('Điện Biên')).toBe('dien bien');
  });

  it('gives the same result for NFD (decomposed) and NFC input', () => {
    const composed = 'Đảng ủy Khối Các cơ quan Trung ương';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(fold(decomposed)).toBe(fold(composed));
    expect(fold(decomposed)).toBe('dang uy khoi cac co quan trung uong');
  });

  it('ignores case', () => {
    expect(fold('ĐẢNG ỦY')).toBe(fold('đảng ủy'));
    expect(fold('QUẢNG NINH')).toBe('quang ninh');
  });

  it('leaves plain ASCII, digits and punctuation alone (apart from case)', () => {
    expect(fold('Chợ 0 đồng – 2023!')).toBe('cho 0 dong – 2023!');
    expect(fold('')).toBe('');
  });
});

describe('nfc', () => {
  it('composes decomposed text', () => {
    const decomposed = 'Cần Thơ'.normalize('NFD');
    expect(nfc(decomposed)).toBe('Cần Thơ');
    expect(nfc(decomposed).length).toBe('Cần Thơ'.length);
  });
});

describe('squash', () => {
  it('collapses runs of white space and trims', () => {
    expect(squash('  Nguyễn   Thị\n\tMai  ')).toBe('Nguyễn Thị Mai');
    expect(squash('')).toBe('');
  });
});
