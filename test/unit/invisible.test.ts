import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/fold.ts';
import { describeInvisible, firstInvisible, isBidiControl, stripInvisible } from '../../src/lib/invisible.ts';
import { fixText } from '../../src/checks/check-text.ts';

const FAMILY = '👨\u200D👩\u200D👧';
const HEART_ON_FIRE = '❤\uFE0F\u200D🔥';

describe('invisible characters', () => {
  it.each([
    ['\u200B', 'ký tự vô hình U+200B (khoảng trắng không độ rộng)'],
    ['\u200C', 'ký tự vô hình U+200C (ký tự ngăn nối không độ rộng)'],
    ['\u200D', 'ký tự vô hình U+200D (ký tự nối không độ rộng)'],
    ['\u2060', 'ký tự vô hình U+2060 (ký tự nối từ)'],
    ['\uFEFF', 'ký tự vô hình U+FEFF (ký tự BOM)'],
    ['\u00AD', 'ký tự vô hình U+00AD (dấu gạch nối mềm)'],
    ['\u202E', 'ký tự điều khiển hướng chữ U+202E'],
    ['\u2066', 'ký tự điều khiển hướng chữ U+2066'],
    ['\u200F', 'ký tự điều khiển hướng chữ U+200F'],
  ])('finds, names and strips %j', (char, name) => {
    expect(firstInvisible(`Thới${char} An`)).toEqual({ index: 4, char });
    expect(describeInvisible(char)).toBe(name);
    expect(stripInvisible(`Thới${char} An`)).toBe('Thới An');
  });

  it('finds every bidi control', () => {
    const bidi = '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect([...bidi].every(isBidiControl)).toBe(true);
    expect(stripInvisible(`a${bidi}b`)).toBe('ab');
    expect(isBidiControl('\u200B')).toBe(false);
  });

  it('keeps the joiner inside an emoji sequence, not elsewhere', () => {
    expect(firstInvisible(`Gia đình ${FAMILY} và ${HEART_ON_FIRE}`)).toBeUndefined();
    expect(stripInvisible(FAMILY)).toBe(FAMILY);
    expect(stripInvisible(`An\u200D🔥 👨\u200DB`)).toBe('An🔥 👨B');
  });

  it('leaves Vietnamese text alone', () => {
    const text = 'Đảng ủy Khối Các cơ quan Trung ương – “Dân vận khéo” & 100%';
    expect(firstInvisible(text)).toBeUndefined();
    expect(stripInvisible(text)).toBe(text);
  });

  it('is folded away, so the duplicate-person check sees one name', () => {
    expect(fold('Nguyễn Văn\u200B An')).toBe(fold('Nguyễn Văn An'));
    expect(fold('Nguy\u00ADễn \u202EVăn\u202C An')).toBe('nguyen van an');
  });

  it('is removed by --fix, with the BOM and NFD', () => {
    expect(fixText('\uFEFFtitle: Nguye\u0302\u0303n\u200B Văn An\n')).toBe('title: Nguyễn Văn An\n');
  });
});
