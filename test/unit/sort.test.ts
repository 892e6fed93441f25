import { describe, expect, it } from 'vitest';
import { compareByGivenName, compareVi, givenName, sortByName, viSortKey } from '../../src/lib/sort.ts';

describe('compareVi', () => {
  it('orders the Vietnamese alphabet: a, ă, â, b', () => {
    expect(['b', 'â', 'ă', 'a'].sort(compareVi)).toEqual(['a', 'ă', 'â', 'b']);
  });

  it('puts d before đ, and đ before e', () => {
    expect(compareVi('d', 'đ')).toBeLessThan(0);
    expect(compareVi('đ', 'e')).toBeLessThan(0);
    expect(['e', 'đ', 'd', 'c'].sort(compareVi)).toEqual(['c', 'd', 'đ', 'e']);
  });

  it('sorts every D word before every Đ word (đ is its own letter)', () => {
    expect(compareVi('Dũng', 'Đức')).toBeLessThan(0);
    expect(compareVi('Đạt', 'Dũng')).toBeGreaterThan(0);
  });

  it('ignores case', () => {
    expect(compareVi('an', 'AN')).toBe(0);
    expect(compareVi('đ', 'Đ')).toBe(0);
  });

  it('puts a shorter word before its extension whatever the tone: An < Ánh', () => {
    expect(compareVi('An', 'Ánh')).toBeLessThan(0);
    expect(compareVi('An', 'Anh')).toBeLessThan(0);
  });

  it('ignores tone marks (sensitivity "base"): Anh and Ánh compare equal', () => {
    // Pinned: with sensitivity "base" tones are not compared at all, so names
    // that differ only in tone keep their input order when sorted.
    expect(compareVi('Anh', 'Ánh')).toBe(0);
    expect(compareVi('a', 'á')).toBe(0);
    expect(['Ân', 'Ăn', 'Anh', 'Ánh', 'An'].sort(compareVi)).toEqual(['An', 'Anh', 'Ánh', 'Ăn', 'Ân']);
  });

  it('compares numbers by value', () => {
    expect(['Tổ 10', 'Tổ 2', 'Tổ 1'].sort(compareVi)).toEqual(['Tổ 1', 'Tổ 2', 'Tổ 10']);
  });
});

describe('givenName', () => {
  it('is the last word of the full name', () => {
    expect(givenName('Nguyễn Thị Mai')).toBe('Mai');
    expect(givenName('  Lê   An  ')).toBe('An');
    expect(givenName('Mai')).toBe('Mai');
    expect(givenName('')).toBe('');
  });
});

describe('sortByName', () => {
  const people = ['Nguyễn Văn Đức', 'Trần Thị An', 'Lê Văn Bình', 'Phạm Thị Ánh'];

  it('sorts by given name the Vietnamese way: An, Ánh, Bình, Đức', () => {
    expect(sortByName(people, (n) => n, true)).toEqual([
      'Trần Thị An',
      'Phạm Thị Ánh',
      'Lê Văn Bình',
      'Nguyễn Văn Đức',
    ]);
  });

  it('sorts by the whole name (family name first) by default', () => {
    expect(sortByName(people, (n) => n)).toEqual(['Lê Văn Bình', 'Nguyễn Văn Đức', 'Phạm Thị Ánh', 'Trần Thị An']);
  });

  it('breaks ties on the given name with the full name', () => {
    expect(sortByName(['Trần Văn An', 'Nguyễn Thị An', 'Lê An'], (n) => n, true)).toEqual([
      'Lê An',
      'Nguyễn Thị An',
      'Trần Văn An',
    ]);
    expect(compareByGivenName('Nguyễn Thị An', 'Trần Văn An')).toBeLessThan(0);
  });

  it('puts D given names before Đ given names', () => {
    expect(sortByName(['Lê Đức', 'Trần Dũng', 'Phạm Đạt', 'Ngô Duy'], (n) => n, true)).toEqual([
      'Trần Dũng',
      'Ngô Duy',
      'Phạm Đạt',
      'Lê Đức',
    ]);
  });

  it('uses the name key and returns a sorted copy, leaving the input as it was', () => {
    const items = [{ name: 'Bình' }, { name: 'An' }];
    const sorted = sortByName(items, (i) => i.name);
    expect(sorted.map((i) => i.name)).toEqual(['An', 'Bình']);
    expect(items.map((i) => i.name)).toEqual(['Bình', 'An']);
  });
});

describe('viSortKey: a plain-text key in Vietnamese alphabetical order (for Pagefind)', () => {
  const byKey = (names: string[]) =>
    [...names].sort((a, b) => (viSortKey(a) < viSortKey(b) ? -1 : viSortKey(a) > viSortKey(b) ? 1 : 0));

  it('orders names as Intl.Collator("vi") does: ư after u, đ after d, tones only as a tie-break', () => {
    const names = ['Tự', 'Tuyền', 'Đậu', 'Dũng', 'Bảng', 'Ấn', 'An', 'Ăn', 'Ơn', 'Ông', 'Ong', 'Thực', 'Thế', 'Anh'];
    names.push('An Bình', 'Hưng', 'Hùng', 'Giáp', 'Lụa', 'Ngời', 'Việt', 'Thái');
    expect(byKey(names)).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('writes each letter with its variant digit, then the tones', () => {
    expect(viSortKey('Tự')).toBe('t0u1 05');
    expect(viSortKey('Tuyền')).toBe('t0u0y0e1n0 00010');
    expect(viSortKey('Đậu')).toBe('d1a2u0 050');
  });
});
