import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import { suggest, suggestions } from './suggest.ts';

/** Where a field sits in the source file, when it can be found. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : 'phần đầu';
}

function keyOf(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return last ? String(last) : 'trường';
}

/** Where to add a missing line: the top of the file, or inside the group it belongs to. */
function groupOf(path: readonly PropertyKey[]): string {
  const parent = path.slice(0, -1);
  if (!parent.length) return 'vào phần đầu tệp (giữa hai dòng ---)';
  const last = parent[parent.length - 1];
  if (typeof last === 'number') {
    const list = String(parent[parent.length - 2] ?? '');
    return `vào mục thứ ${last + 1} của danh sách ${list} (viết thụt lề bên dưới dấu "- " của mục đó)`;
  }
  return `vào nhóm ${String(last)} (viết thụt lề bên dưới dòng "${String(last)}:")`;
}

/** The line of a field, or of the nearest group that is written, or of the frontmatter itself. */
function locateNearest(locate: Locate, path: readonly PropertyKey[]) {
  for (let n = path.length; n >= 0; n--) {
    const at = locate(path.slice(0, n));
    if (at) return at;
  }
  return undefined;
}

/**
 * Turn zod issues into editors' problems: Vietnamese message, the field, the
 * line when known, and how to fix it. The schema files carry the messages;
 * this adds the fix.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  locate: Locate,
  schema?: z.ZodType,
): Problem[] {
  const problems: Problem[] = [];
  // A typo ("titel") also leaves the real key missing: report the typo only.
  const typoFor = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || !schema) continue;
    for (const key of issue.keys) {
      const guess = suggest(key, keysAt(schema, issue.path));
      if (guess) typoFor.add([...issue.path, guess].join('.'));
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const known = schema ? keysAt(schema, issue.path) : [];
        const guess = known.length ? suggest(key, known) : undefined;
        problems.push({
          file,
          ...locate(path),
          field: fieldName(path),
          message: `Trường "${key}" không có trong mẫu.`,
          fix: guess
            ? `Bạn có định viết "${guess}" không?`
            : 'Xóa dòng này hoặc xem lại tên trường trong CONTRIBUTING.md.',
        });
      }
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && input === undefined;
    if (missing && typoFor.has(issue.path.join('.'))) continue;
    let fix = (issue as { params?: { fix?: string } }).params?.fix;
    if (missing) {
      fix = `Thêm dòng "${keyOf(issue.path)}: …" ${groupOf(issue.path)}.`;
    } else if (issue.code === 'invalid_value' && typeof input === 'string') {
      const guesses = suggestions(input, issue.values.map(String));
      fix =
        guesses.length === 1
          ? `Sửa thành "${guesses[0]}".`
          : guesses.length
            ? `Có thể là ${guesses.map((g) => `"${g}"`).join(' hoặc ')}.`
            : 'Chọn một giá trị trong danh mục (xem CONTRIBUTING.md).';
    } else if (issue.code === 'too_big' && !fix) {
      fix =
        issue.origin === 'array'
          ? `Giữ nhiều nhất ${issue.maximum} mục quan trọng nhất, bớt các mục còn lại.`
          : `Rút gọn còn nhiều nhất ${issue.maximum} ký tự.`;
    }
    const at = locateNearest(locate, issue.path);
    problems.push({ file, ...at, field: fieldName(issue.path), message: issue.message, ...(fix ? { fix } : {}) });
  }
  return problems;
}

type Def = { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; in?: unknown };

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: unknown): unknown {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (
      (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') &&
      def.innerType
    )
      s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/** The keys the object schema at a path accepts, for "did you mean" on a typo. */
export function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let s = unwrap(schema);
  for (const part of path) {
    const def = defOf(s);
    if (def.type === 'object' && typeof part === 'string' && def.shape?.[part]) s = unwrap(def.shape[part]);
    else if (def.type === 'array' && typeof part === 'number' && def.element) s = unwrap(def.element);
    else return [];
  }
  const def = defOf(s);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
