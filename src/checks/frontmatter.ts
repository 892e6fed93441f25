import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Locate } from '../lib/error-map.ts';
import type { Problem } from '../lib/problems.ts';
import { yamlHazards } from './yaml-safety.ts';

/** A source file split into its YAML data and its body, with a way to find a field's line. */
export interface ParsedSource {
  /** The parsed YAML data, or undefined when it could not be read. */
  data: Record<string, unknown> | undefined;
  /** The MDX body (the text after the closing ---); empty for a YAML file. */
  body: string;
  /** The line in the file where the body starts (1-based). */
  bodyLine: number;
  /** Where a field is written in the file. */
  locate: Locate;
  /** Problems found while reading: no frontmatter, YAML syntax errors. */
  problems: Problem[];
  /** Whether the file has a frontmatter block between two --- lines (whatever its YAML says). */
  fenced: boolean;
}

const FENCE = /^---[ \t]*$/;

/**
 * Read YAML (a whole .yaml file, or the frontmatter of an .mdx file) keeping
 * line numbers, so every message can point at the line to fix.
 */
export function parseSource(text: string, file: string, kind: 'mdx' | 'yaml'): ParsedSource {
  const problems: Problem[] = [];
  let source = text;
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  source = source.replace(/\r\n?/g, '\n');
  let yamlText = source;
  let yamlLine = 1;
  let body = '';
  let bodyLine = 1;
  if (kind === 'mdx') {
    const lines = source.split('\n');
    const close = FENCE.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
    if (close < 0) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'phần đầu',
        message: FENCE.test(lines[0] ?? '')
          ? 'Phần đầu (frontmatter) mở bằng --- nhưng không có dòng --- đóng lại.'
          : 'Tệp không có phần đầu (frontmatter).',
        fix: 'Tệp phải bắt đầu bằng một dòng ---, tiếp theo là các trường, rồi một dòng --- nữa trước nội dung.',
      });
      return { data: undefined, body: source, bodyLine: 1, locate: () => undefined, problems, fenced: false };
    }
    yamlText = lines.slice(1, close).join('\n');
    yamlLine = 2;
    body = lines.slice(close + 1).join('\n');
    bodyLine = close + 2;
  }
  const counter = new LineCounter();
  // Refused before anything recursive (composing, toJS, zod, our walkers) sees the YAML.
  const hazards = yamlHazards(yamlText, counter);
  if (hazards.length) {
    for (const { offset, message, fix } of hazards) {
      const pos = counter.linePos(offset);
      problems.push({ file, line: pos.line + yamlLine - 1, column: pos.col, field: 'phần đầu', message, fix });
    }
    return { data: undefined, body, bodyLine, locate: () => undefined, problems, fenced: kind === 'mdx' };
  }
  const parsed = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const yamlLines = yamlText.split('\n');
  // A value with ": " in it and no quotes is the most common mistake: say so, show the line rewritten, and
  // read the file as rewritten so every other field is still checked (the build still stops on this one).
  const repairs = new Map<number, string>();
  for (const err of parsed.errors) {
    const line = counter.linePos(err.pos[0]).line;
    const repaired = quoteValue(yamlLines[line - 1] ?? '');
    if (repaired !== undefined) repairs.set(line, repaired);
  }
  const repairedDoc = repairs.size
    ? parseDocument(yamlLines.map((l, i) => repairs.get(i + 1) ?? l).join('\n'), {
        prettyErrors: false,
        uniqueKeys: true,
      })
    : undefined;
  for (const [line, repaired] of repairs) {
    const key = /^\s*(?:- )?([^:]+?):/.exec(repaired)?.[1];
    problems.push({
      file,
      line: line + yamlLine - 1,
      column: 1,
      field: 'phần đầu',
      message: key
        ? `Lỗi cú pháp YAML: giá trị của "${key}" có dấu hai chấm (:), nên phải đặt cả câu trong ngoặc kép.`
        : 'Lỗi cú pháp YAML: dòng này có dấu hai chấm (:), nên phải đặt cả câu trong ngoặc kép.',
      fix: `Viết lại dòng này thành: ${repaired.trim()}`,
    });
  }
  // The rewritten file is read only when it has no other mistake; otherwise the errors as found.
  const doc = repairedDoc && !repairedDoc.errors.length ? repairedDoc : parsed;
  const seenErrors = new Set<string>();
  for (const err of parsed.errors) {
    let { line, col } = counter.linePos(err.pos[0]);
    if (repairs.has(line)) continue;
    // An unclosed quote is noticed where the file ends; point at the line that opened it.
    const open = yamlLines
      .slice(0, line)
      .findLastIndex((l) => (l.replace(/\\"/g, '').match(/"/g) ?? []).length % 2 === 1);
    if (open >= 0 && open + 1 < line) [line, col] = [open + 1, 1];
    const key = `${line}:${yamlMessage(err.code)}`;
    if (seenErrors.has(key)) continue;
    seenErrors.add(key);
    problems.push({
      file,
      line: line + yamlLine - 1,
      column: col,
      field: 'phần đầu',
      message: `Lỗi cú pháp YAML: ${yamlMessage(err.code)}`,
      fix: 'Kiểm tra dấu hai chấm, thụt lề bằng dấu cách (không dùng tab) và dấu ngoặc kép ở dòng này.',
    });
  }
  const locate: Locate = (path) => {
    let node: unknown = doc.contents;
    let found: YamlNode | undefined = path.length ? undefined : (doc.contents ?? undefined);
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
        if (!pair) break;
        found = pair.key as YamlNode;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part];
        if (!item) break;
        node = item;
        found = item as YamlNode;
      } else break;
    }
    const offset = found?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = counter.linePos(offset);
    return { line: pos.line + yamlLine - 1, column: pos.col };
  };
  let data: Record<string, unknown> | undefined;
  if (!doc.errors.length) {
    const value = doc.toJS();
    if (value && typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    else
      problems.push({
        file,
        line: yamlLine,
        column: 1,
        field: 'phần đầu',
        message: 'Phần đầu trống hoặc không phải danh sách trường "tên: giá trị".',
        fix: 'Viết mỗi trường trên một dòng, dạng title: Tên mục.',
      });
  }
  return { data, body, bodyLine, locate, problems, fenced: kind === 'mdx' };
}

/**
 * `summary: Chi bộ: vận động bà con` → `summary: "Chi bộ: vận động bà con"`: a
 * "key: value" or "- value" line whose unquoted value holds ": ", with the value
 * quoted; undefined for any other line.
 */
export function quoteValue(line: string): string | undefined {
  const m = /^(\s*(?:- )?(?:[A-Za-z][\w]*: )?)(.*?)\s*$/.exec(line);
  if (!m) return undefined;
  const [, lead, value] = m as unknown as [string, string, string];
  if (!value.includes(': ') || /^["'|>[{&*!#]/.test(value) || (!lead.includes(': ') && !lead.trim().startsWith('-')))
    return undefined;
  // Single quotes read more plainly when the sentence quotes someone ("…"); double quotes otherwise.
  if (value.includes('"') && !value.includes("'")) return `${lead}'${value}'`;
  return `${lead}"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function yamlMessage(code: string): string {
  const messages: Record<string, string> = {
    DUPLICATE_KEY: 'một trường được viết hai lần.',
    BAD_INDENT: 'thụt lề không đúng.',
    TAB_AS_INDENT: 'dùng phím tab để thụt lề (YAML chỉ nhận dấu cách).',
    MISSING_CHAR: 'thiếu ký tự (thường là dấu ngoặc kép hoặc ngoặc vuông đóng).',
    BLOCK_AS_IMPLICIT_KEY: 'dòng này không đúng dạng "tên: giá trị".',
    MULTILINE_IMPLICIT_KEY: 'dòng này không đúng dạng "tên: giá trị".',
    UNEXPECTED_TOKEN: 'có ký tự không mong đợi.',
    MISSING_ANCHOR: 'dùng ký tự * hoặc & không đúng chỗ.',
  };
  return messages[code] ?? `không đọc được (${code}).`;
}
