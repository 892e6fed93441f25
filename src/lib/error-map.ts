import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import { suggest } from './suggest.ts';

/** Where a field sits in the source file, when it can be found. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : 'phần đầu';
}

function keyOf(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return last ? String(last) : 'trường';
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
    const missing = issue.code === 'invalid_type' && input === undefined;
    let fix: string | undefined;
    if (missing) {
      fix = `Thêm dòng "${keyOf(issue.path)}: …" vào phần đầu tệp (giữa hai dòng ---).`;
    } else if (issue.code === 'invalid_value' && typeof input === 'string') {
      const guess = suggest(input, issue.values.map(String));
      fix = guess ? `Sửa thành "${guess}".` : 'Chọn một giá trị trong danh mục (xem CONTRIBUTING.md).';
    }
    const at = locate(issue.path) ?? (missing ? locate(issue.path.slice(0, -1)) : undefined);
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
