import { describe, expect, it } from 'vitest';
import { countLabel, countOf, resultCount } from '../../src/data/labels.ts';

const of = (...kinds: ('ca-nhan' | 'tap-the' | 'mo-hinh')[]) => kinds.map((kind) => ({ kind }));

describe("counts in the site's words", () => {
  it('people and collectives are tấm gương, models are mô hình', () => {
    expect(countLabel(of('ca-nhan', 'tap-the'))).toBe('2 tấm gương');
    expect(countLabel(of('mo-hinh'))).toBe('1 mô hình');
    expect(countLabel(of('ca-nhan', 'mo-hinh', 'mo-hinh', 'tap-the', 'tap-the'))).toBe('3 tấm gương, 2 mô hình');
  });

  it('one kind, counted with Vietnamese digit grouping', () => {
    expect(countOf('ca-nhan', 1500)).toBe('1.500 tấm gương');
    expect(countOf('mo-hinh', 9)).toBe('9 mô hình');
  });

  it('results of any kind are kết quả', () => {
    expect(resultCount(26)).toBe('26 kết quả');
  });
});
