/**
 * Characters that show nothing or reorder what is shown: zero-width spaces
 * and joiners, the word joiner, a byte-order mark inside text, the soft
 * hyphen, and the bidirectional controls. Pasted from the web or Word they
 * make two equal-looking names differ (search, duplicate checks), and bidi
 * controls can make a title display in another order than it is written.
 * The zero-width joiner is kept only between two emoji (👨‍👩‍👧), where it is
 * part of the picture. One set for the checks, --fix and fold().
 */
const BIDI = '\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const EMOJI = '\\p{Extended_Pictographic}';
const SOURCE = `[\\u00AD\\u200B\\u200C\\u2060\\uFEFF${BIDI}]|(?<!${EMOJI}[\\uFE0F\\u{1F3FB}-\\u{1F3FF}]?)\\u200D|\\u200D(?!${EMOJI})`;

/** Every invisible or bidi-control character, as a fresh global pattern (no shared lastIndex). */
export function invisiblePattern(): RegExp {
  return new RegExp(SOURCE, 'gu');
}

const NAMES: Record<string, string> = {
  '\u00AD': 'dấu gạch nối mềm',
  '\u200B': 'khoảng trắng không độ rộng',
  '\u200C': 'ký tự ngăn nối không độ rộng',
  '\u200D': 'ký tự nối không độ rộng',
  '\u2060': 'ký tự nối từ',
  '\uFEFF': 'ký tự BOM',
};

/** The first invisible character in text, with its UTF-16 index. */
export function firstInvisible(text: string): { index: number; char: string } | undefined {
  const match = invisiblePattern().exec(text);
  return match ? { index: match.index, char: match[0] } : undefined;
}

/** "ký tự vô hình U+200B (khoảng trắng không độ rộng)", or "ký tự điều khiển hướng chữ U+202E". */
export function describeInvisible(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[char] ? `ký tự vô hình ${code} (${NAMES[char]})` : `ký tự điều khiển hướng chữ ${code}`;
}

/** Whether the character can reorder displayed text (as opposed to hiding itself). */
export function isBidiControl(char: string): boolean {
  return new RegExp(`^[${BIDI}]$`, 'u').test(char);
}

/** Text without its invisible and bidi-control characters (emoji joiners kept). */
export function stripInvisible(text: string): string {
  return text.replace(invisiblePattern(), '');
}
