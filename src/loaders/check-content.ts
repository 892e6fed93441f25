/**
 * The whole content check, without building the site: every entry and data
 * file through the same checks the build runs, then the checks across files.
 * Used by `npm run check:content`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { kindIds } from '../data/kinds.ts';
import { sortProblems, type Problem } from '../lib/problems.ts';
import { dataSchemas, type DataCollection } from '../schemas/index.ts';
import { duplicatePeople, duplicateSlugs, type PersonRecord } from './check-corpus.ts';
import { checkDataFile, checkEntryFile } from './check-entry.ts';
import { checkText, fixText } from './check-text.ts';
import { readContentIndex } from './content-index.ts';

export interface CheckOptions {
  /** Paths in messages are relative to this folder (the project root). */
  root: string;
  /** The content folder. */
  dir: string;
  /** Rewrite files in NFC without BOM before checking. */
  fix?: boolean;
}

export interface CheckResult {
  problems: Problem[];
  /** Files read. */
  files: number;
  /** Files rewritten by --fix. */
  fixed: string[];
}

const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

async function list(dir: string, pick: (name: string, isDir: boolean) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((d) => pick(d.name, d.isDirectory()))
    .map((d) => d.name)
    .sort();
}

/** Run `work` over items with at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** Point cross-file problems at the title line of their file. */
function withTitleLine(problems: Problem[], titleAt: Map<string, { line: number; column: number }>): Problem[] {
  return problems.map((p) => ({ ...p, ...titleAt.get(p.file) }));
}

export async function checkContent({ root, dir, fix = false }: CheckOptions): Promise<CheckResult> {
  const index = readContentIndex(dir);
  const problems: Problem[] = [];
  const people: PersonRecord[] = [];
  const fixed: string[] = [];
  const titleAt = new Map<string, { line: number; column: number }>();
  let files = 0;

  const read = async (absolute: string) => {
    let text = await readFile(absolute, 'utf8');
    if (fix && fixText(text) !== text) {
      text = fixText(text);
      await writeFile(absolute, text);
      fixed.push(rel(root, absolute));
    }
    files++;
    return text;
  };

  for (const kind of kindIds) {
    const folders = await list(path.join(dir, kind), (_, isDir) => isDir);
    await pool(folders, 8, async (id) => {
      const absolute = path.join(dir, kind, id, 'index.mdx');
      const file = rel(root, absolute);
      const text = await read(absolute).catch(() => undefined);
      if (text === undefined) {
        problems.push({
          file: rel(root, path.dirname(absolute)),
          field: 'tệp',
          message: 'Thư mục không có tệp index.mdx.',
          fix: 'Đặt bài viết vào tệp index.mdx trong thư mục này.',
        });
        return;
      }
      const checked = await checkEntryFile(kind, file, absolute, text, index);
      problems.push(...checked.problems);
      const at = checked.locate(['title']);
      if (at) titleAt.set(file, at);
      const raw = checked.raw;
      if (kind === 'ca-nhan' && raw && typeof raw.title === 'string') {
        people.push({
          file,
          title: raw.title,
          units: Array.isArray(raw.units) ? raw.units.map(String) : [],
          birthYear: typeof raw.birthYear === 'number' ? raw.birthYear : undefined,
        });
      }
    });
    problems.push(...withTitleLine(duplicateSlugs(index, kind, rel(root, dir)), titleAt));
  }
  problems.push(...withTitleLine(duplicatePeople(people), titleAt));

  for (const collection of Object.keys(dataSchemas) as DataCollection[]) {
    for (const name of await list(path.join(dir, collection), (n, isDir) => !isDir && /\.ya?ml$/.test(n))) {
      const absolute = path.join(dir, collection, name);
      const file = rel(root, absolute);
      const text = await read(absolute);
      problems.push(...checkText(file, text), ...checkDataFile(collection, file, text, index).problems);
    }
  }

  return { problems: sortProblems(problems), files, fixed };
}
