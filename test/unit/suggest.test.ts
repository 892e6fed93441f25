import { describe, expect, it } from 'vitest';
import { provinceNames } from '../../src/data/provinces.ts';
import { distance, suggest, suggestions } from '../../src/lib/suggest.ts';

describe('distance', () => {
  it('is the edit distance', () => {
    expect(distance('', '')).toBe(0);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('abc', '')).toBe(3);
    expect(distance('abc', 'abc')).toBe(0);
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('goal', 'goals')).toBe(1);
  });
});

describe('suggest', () => {
  it('matches without accents and case first', () => {
    expect(suggest('Quang Ninh', provinceNames)).toBe('Quảng Ninh');
    expect(suggest('ha noi', provinceNames)).toBe('Hà Nội');
    expect(suggest('CAN THO', provinceNames)).toBe('Cần Thơ');
    expect(suggest('Dak Lak', provinceNames)).toBe('Đắk Lắk');
  });

  it('falls back to the closest option within a small edit distance', () => {
    expect(suggest('goal', ['situation', 'goals', 'approach'])).toBe('goals');
    expect(suggest('sumary', ['title', 'summary', 'fields'])).toBe('summary');
    expect(suggest('quan-uy-o-mo', ['quan-uy-o-mon', 'dang-uy-khoi'])).toBe('quan-uy-o-mon');
  });

  it('suggests nothing when no option is close', () => {
    expect(suggest('xyz', ['title', 'summary'])).toBeUndefined();
    expect(suggest('Sài Gòn', provinceNames)).toBeUndefined();
  });

  it('suggests nothing for an empty value or no options', () => {
    expect(suggest('', ['title'])).toBeUndefined();
    expect(suggest('   ', ['title'])).toBeUndefined();
    expect(suggest('title', [])).toBeUndefined();
  });

  it('catches two swapped letters: "titel" → "title"', () => {
    expect(suggest('titel', ['title', 'summary', 'fields'])).toBe('title');
  });
});

describe('suggestions', () => {
  it('puts a typo first, then the labels that hold every word written, shortest first', () => {
    const options = ['An ninh, trật tự', 'Quốc phòng, an ninh biên giới', 'An sinh xã hội, từ thiện'];
    expect(suggestions('an ninh', options)).toEqual(['An ninh, trật tự', 'Quốc phòng, an ninh biên giới']);
    expect(suggestions('An sinh', options)).toEqual(['An sinh xã hội, từ thiện']);
    expect(suggestions('Giáo dục', options)).toEqual([]);
  });

  it('offers at most three', () => {
    expect(suggestions('x', ['x a', 'x b', 'x c', 'x d'])).toEqual([]);
    expect(suggestions('xyz', ['xyz a', 'xyz b', 'xyz c', 'xyz d'])).toHaveLength(3);
  });
});
