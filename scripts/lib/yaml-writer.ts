/**
 * Writing the YAML of a `npm run new` template line by line (scripts/lib/new-entry.ts
 * for entries, scripts/lib/new-data-file.ts for data files): each field's schema
 * explanation as a `#` comment above it, answers as values, required fields
 * left as `""` with "… cần điền", optional fields switched off with `# `.
 */
import { parse } from 'yaml';
import { provinceByName } from '../../src/data/provinces.ts';
import { keysAt } from '../../src/lib/error-map.ts';
import { nfc, squash } from '../../src/lib/fold.ts';
import { fieldDescription, type ShapeLiteral } from './schema-docs.ts';

/**
 * The schema's explanation of a field, by its path in the YAML, array items as
 * `0` ("title", "consent.by", "recognitions.0.year", "sources.0.title").
 * Throws when the field has none.
 */
export type FieldDocs = (fieldPath: string) => string;

/**
 * The field explanations of one zod schema: for each path, the keys of the
 * object the field sits in are read from the schema (optional, default and
 * arrays unwrapped), and scripts/lib/schema-docs.ts finds the JSDoc comment of that
 * field among the shapes read from src/schemas (`readShapeLiterals()`).
 * `name` prefixes paths in errors ("ca-nhan.title"); `owner` says whose
 * schema lacks a field ("của loại bài ca-nhan").
 */
export function schemaDocs(schema: unknown, name: string, owner: string, shapes: readonly ShapeLiteral[]): FieldDocs {
  return (fieldPath) => {
    const parts = fieldPath.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const key = parts.at(-1);
    const keys = keysAt(schema, parts.slice(0, -1));
    const at = `${name}.${fieldPath}`;
    if (typeof key !== 'string' || !keys.includes(key))
      throw new Error(`${at}: trường "${String(key)}" không có trong schema ${owner}.`);
    return fieldDescription(shapes, keys, key, at);
  };
}

/** What marks a field the editor must fill: the value `""` and this comment. */
export const TODO_MARK = '… cần điền';

/** A string as a YAML value: plain when that reads back the same, double-quoted otherwise (and always with a comma). */
export function yamlString(value: string): string {
  const s = squash(nfc(value));
  let plain = false;
  try {
    plain = !/[,"'\\]|: |\s#|^#/.test(s) && (parse(`v: ${s}`) as { v?: unknown } | null)?.v === s;
  } catch {
    plain = false;
  }
  return plain ? s : JSON.stringify(s);
}

/** Greedy word wrap for comment lines. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const WIDTH = 100;

/** Builds the frontmatter line by line: comments, values, placeholders and switched-off (commented) fields. */
export function frontmatterWriter(docOf: FieldDocs) {
  const lines: string[] = [];
  const todo: string[] = [];
  const pad = (indent: number) => ' '.repeat(indent);
  const w = {
    lines,
    todo,
    docOf,
    /** A `#` comment, wrapped. */
    note(indent: number, text: string) {
      for (const l of wrap(text, WIDTH - indent - 2)) lines.push(`${pad(indent)}# ${l}`);
    },
    /** The schema's explanation of a field (by its path: "consent.by"), with an optional addition. */
    doc(indent: number, fieldPath: string, extra = '') {
      w.note(indent, extra ? `${docOf(fieldPath)} ${extra}` : docOf(fieldPath));
    },
    /** `key: value`, with an optional trailing comment. */
    value(indent: number, key: string, value: string, comment = '') {
      lines.push(`${pad(indent)}${key}: ${value}${comment ? ` # ${comment}` : ''}`);
    },
    /** A field to fill: `key: "" # … cần điền`. */
    blank(indent: number, key: string, fieldPath: string, hint = '') {
      lines.push(`${pad(indent)}${key}: "" # ${TODO_MARK}${hint ? `: ${hint}` : ''}`);
      todo.push(fieldPath);
    },
    /** A switched-off field: YAML lines behind `# `; removing "# " turns them on. */
    off(indent: number, yaml: readonly string[]) {
      for (const l of yaml) lines.push(`${pad(indent)}# ${l}`);
    },
    /** The header lines every template shares: comments, placeholders, switched-off fields, the check. */
    howToFill(example: string) {
      w.note(0, 'Dòng bắt đầu bằng dấu # là ghi chú, không hiện trên trang.');
      w.note(
        0,
        `Cần điền: các dòng có ghi chú "${TODO_MARK}". Viết giá trị vào giữa hai dấu ngoặc kép "" (giữ hai dấu ngoặc kép: nhờ chúng, câu có dấu hai chấm vẫn đúng) rồi xóa ghi chú đó, ví dụ: ${example}`,
      );
      w.note(
        0,
        'Không bắt buộc: các trường đang tắt bằng dấu # ở đầu dòng. Muốn dùng thì xóa dấu # và một dấu cách sau nó (giữ nguyên các dấu cách thụt lề còn lại).',
      );
      w.note(0, 'Kiểm tra bằng lệnh npm run check:content. Hướng dẫn đầy đủ: CONTRIBUTING.md.');
    },
    /** `province: <name>`, saying which province an old name belongs to today. */
    province(indent: number, name: string) {
      const province = provinceByName(name);
      const now = province && !province.current ? `nay thuộc ${province.currentName}` : '';
      w.value(indent, 'province', yamlString(name), now);
    },
    /** The `sources:` list with one source to fill, its date and url switched off. */
    sources() {
      w.doc(0, 'sources', 'Mỗi nguồn là một khối bắt đầu bằng "- title:".');
      lines.push('sources:');
      w.doc(2, 'sources.0.title');
      w.blank(2, '- title', 'sources.0.title');
      w.doc(4, 'sources.0.publisher');
      w.blank(4, 'publisher', 'sources.0.publisher');
      w.doc(4, 'sources.0.date', OPTIONAL);
      w.off(4, ['date: 2023-09-06']);
      w.doc(4, 'sources.0.url', OPTIONAL);
      w.off(4, ['url: https://tenbao.vn/ten-bai-viet']);
    },
    /** The sub-fields of a switched-off group (by its path: "recognitions.0"), one "· key: explanation" line each. */
    legend(indent: number, group: string, keys: readonly string[], extra: Record<string, string> = {}) {
      for (const k of keys) {
        const text = `· ${k}: ${docOf(`${group}.${k}`)}${extra[k] ? ` ${extra[k]}` : ''}`;
        wrap(text, WIDTH - indent - 4).forEach((l, i) => lines.push(`${pad(indent)}#${i ? '     ' : '   '}${l}`));
      }
    },
  };
  return w;
}

export const OPTIONAL = '(Không bắt buộc.)';
