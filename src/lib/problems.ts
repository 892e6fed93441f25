/**
 * A content problem: what an editor must fix before publishing. Every check
 * (schema, references, MDX contract) reports these, and one formatter prints them.
 */
export interface Problem {
  /** File path, relative to the project root. */
  file: string;
  /** 1-based line, when the problem has a place in the file. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** The field, as a dotted path ("cover.alt", "recognitions.0.year"), or "nội dung" for the body. */
  field: string;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** How to fix it, in Vietnamese. */
  fix?: string;
}

/** One line per problem: `path:line:col  field  message → fix`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}  ${p.field}  ${p.message}${p.fix ? ` → ${p.fix}` : ''}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** The whole report: every problem in reading order, then a count. */
export function formatProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [...sortProblems(problems).map(formatProblem), `${problems.length} lỗi trong ${files} tệp.`].join('\n');
}

/** Thrown by a loader when the content has problems: the build stops with every message. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`Nội dung có lỗi, cần sửa trước khi đăng:\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
    // Editors need the messages, not a stack trace.
    this.stack = this.message;
  }
}
