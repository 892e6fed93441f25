import { describeInvisible, firstInvisible, isBidiControl } from '../lib/invisible.ts';
import type { Problem } from '../lib/problems.ts';
import type { ParsedSource } from './frontmatter.ts';

const FIX = 'Chạy npm run check:content -- --fix để xóa các ký tự này.';
/** Written as an escape ("\u200B" in double quotes), which --fix does not touch. */
const ESCAPE_FIX = 'Xóa mã \\u… của ký tự này khỏi giá trị (trong dấu ngoặc kép).';

function why(char: string): string {
  return isBidiControl(char)
    ? 'có thể làm chữ hiện sai thứ tự, đánh lừa người đọc'
    : 'mắt không thấy nhưng làm sai tìm kiếm và việc phát hiện bài trùng';
}

/** Every string in the frontmatter, with its path (depth is bounded by yaml-safety.ts). */
function strings(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/**
 * Invisible and bidi-control characters (src/lib/invisible.ts) in any
 * frontmatter value and in the body: one problem per field, and one for the
 * body, at the first such character.
 */
export function checkInvisible(file: string, text: string, source: ParsedSource): Problem[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  /** The first line from `from` (0-based) holding such a character, and where in it. */
  const find = (from: number, to = lines.length) => {
    for (let i = from; i < to; i++) {
      const hit = firstInvisible(lines[i]!);
      if (hit) return { line: i + 1, column: hit.index + 1, char: hit.char };
    }
    return undefined;
  };
  const problems: Problem[] = [];
  for (const [path, value] of strings(source.data)) {
    const hit = firstInvisible(value);
    if (!hit) continue;
    const at = source.locate(path);
    const written = at && find(at.line - 1, source.bodyLine - 1 || lines.length);
    problems.push({
      file,
      ...(written ? { line: written.line, column: written.column } : at),
      field: path.join('.'),
      message: `Trường "${path.join('.')}" có ${describeInvisible(hit.char)}: ${why(hit.char)}.`,
      fix: written ? FIX : ESCAPE_FIX,
    });
  }
  const inBody = source.fenced ? find(source.bodyLine - 1) : undefined;
  if (inBody) {
    problems.push({
      file,
      line: inBody.line,
      column: inBody.column,
      field: 'nội dung',
      message: `Nội dung có ${describeInvisible(inBody.char)}: ${why(inBody.char)}.`,
      fix: FIX,
    });
  }
  return problems;
}
