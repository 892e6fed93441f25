/**
 * The whole content check, without building the site: every entry and data
 * file through the same checks the build runs, then the checks across files.
 * Used by `npm run check:content`.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { codeDigest } from '../cache/code-digest.ts';
import { fileDigests, sha1, type FileDigests } from '../cache/file-digest.ts';
import { kindIds, type KindId } from '../data/kinds.ts';
import { sortProblems, type Problem } from '../lib/problems.ts';
import { writeAsideSync } from '../cache/write-aside.ts';
import { dataSchemas, type DataCollection } from '../schemas/index.ts';
import {
  duplicatePeople,
  duplicatePictures,
  duplicateSlugs,
  type PersonRecord,
  type PictureRecord,
} from './check-corpus.ts';
import { frontmatterImages } from './check-images.ts';
import { checkDataFile, checkEntryFile } from './check-entry.ts';
import { checkText, fixText } from './check-text.ts';
import { listDataFiles, listEntries, readContentFile, rel, type ContentFile } from './content-files.ts';
import { readContentIndex, type ContentIndex } from './content-index.ts';
import { guarded } from './guard.ts';

export interface CheckOptions {
  /** Paths in messages are relative to this folder (the project root). */
  root: string;
  /** The content folder. */
  dir: string;
  /** Rewrite files in NFC without BOM before checking. */
  fix?: boolean;
  /**
   * Astro's cache folder: an entry whose text, images, the ids it can refer
   * to and the checking code are unchanged since the last check is not
   * checked again (its result is kept in content-check.json there).
   */
  cacheDir?: string;
}

/** What checking one entry found, as kept in the cache. */
interface EntryResult {
  problems: Problem[];
  titleAt?: { line: number; column: number };
  person?: PersonRecord;
  pictures?: PictureRecord[];
}

/** The results kept from the last check, and where to keep this one's. */
function entryCache(cacheDir: string | undefined) {
  const file = cacheDir && path.join(cacheDir, 'content-check.json');
  let previous: Record<string, EntryResult & { key: string }> = {};
  try {
    if (file) previous = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // First check, or an unreadable cache: check everything.
  }
  const next: typeof previous = {};
  return {
    get: (name: string, key: string): EntryResult | undefined =>
      previous[name]?.key === key ? previous[name] : undefined,
    set: (name: string, key: string, result: EntryResult) => void (next[name] = { key, ...result }),
    save() {
      // Aside, then renamed: a build stopped halfway keeps the last whole file.
      if (file) writeAsideSync(file, JSON.stringify(next));
    },
  };
}

export interface CheckResult {
  problems: Problem[];
  /** Files read. */
  files: number;
  /** Files rewritten by --fix. */
  fixed: string[];
}

/** Point cross-file problems at the title line of their file. */
function withTitleLine(problems: Problem[], titleAt: Map<string, { line: number; column: number }>): Problem[] {
  return problems.map((p) => ({ ...p, ...titleAt.get(p.file) }));
}

/** Checks one entry file: its problems, where its title is, and the person it names. */
async function checkOne(
  kind: KindId,
  file: string,
  absolute: string,
  text: string,
  index: ContentIndex,
  digests: FileDigests,
): Promise<EntryResult> {
  const checked = await checkEntryFile(kind, file, absolute, text, index);
  const raw = checked.raw;
  // The cover and gallery files that are readable images, by their bytes (compared across entries).
  const pictures: PictureRecord[] = [];
  for (const use of raw ? frontmatterImages(raw) : []) {
    if (!use.path || !checked.images?.has(use.src)) continue;
    const hash = await digests.of(path.join(path.dirname(absolute), use.src)).catch(() => undefined);
    if (hash)
      pictures.push({
        file,
        name: path.basename(use.src),
        field: use.path.join('.'),
        ...checked.locate(use.path),
        hash,
        shared: !!use.shared,
      });
  }
  const person =
    kind === 'ca-nhan' && raw && typeof raw.title === 'string'
      ? {
          file,
          title: raw.title,
          units: Array.isArray(raw.units) ? raw.units.map(String) : [],
          birthYear: typeof raw.birthYear === 'number' ? raw.birthYear : undefined,
        }
      : undefined;
  return { problems: checked.problems, titleAt: checked.locate(['title']), person, pictures };
}

export async function checkContent({ root, dir, fix = false, cacheDir }: CheckOptions): Promise<CheckResult> {
  const index = readContentIndex(dir);
  const cache = entryCache(cacheDir);
  const digests = fileDigests(cacheDir);
  // Results depend on the file, its images, the ids that exist and the code.
  const context = cacheDir
    ? sha1(
        [
          // The checking code itself (this module and all it imports): a change to it checks every file again.
          await codeDigest(import.meta.filename, path.resolve(import.meta.dirname, '../..')),
          ...[index.units, index.campaigns, index.entries].map((ids) => [...ids].sort().join(',')),
        ].join('|'),
      )
    : '';
  const problems: Problem[] = [];
  const people: PersonRecord[] = [];
  const pictures: PictureRecord[] = [];
  const fixed: string[] = [];
  const titleAt = new Map<string, { line: number; column: number }>();
  let files = 0;

  /** The file's text (rewritten first under --fix), or undefined when it cannot be read safely. */
  const read = async (entry: ContentFile) => {
    const found = await readContentFile(root, entry);
    if (found.problem) return void problems.push(found.problem);
    let text = found.text;
    if (fix && fixText(text) !== text) {
      text = fixText(text);
      await writeFile(entry.absolute, text);
      fixed.push(entry.file);
    }
    files++;
    return text;
  };

  for (const kind of kindIds) {
    const listing = await listEntries(root, dir, kind);
    problems.push(...listing.problems);
    await pLimit(8).map(listing.files, async (entry) => {
      const { file, absolute } = entry;
      const text = await read(entry);
      if (text === undefined) return;
      const key = cacheDir && sha1(`${context}|${text}|${await digests.ofBundle(path.dirname(absolute))}`);
      const result =
        (key && cache.get(file, key)) ||
        (await guarded(
          file,
          () => checkOne(kind, file, absolute, text, index, digests),
          (p): EntryResult => ({ problems: [p] }),
        ));
      if (key) cache.set(file, key, result);
      problems.push(...result.problems);
      if (result.titleAt) titleAt.set(file, result.titleAt);
      if (result.person) people.push(result.person);
      pictures.push(...(result.pictures ?? []));
    });
    problems.push(...withTitleLine(duplicateSlugs(index, kind, rel(root, dir)), titleAt));
  }
  problems.push(...withTitleLine(duplicatePeople(people), titleAt));
  problems.push(...duplicatePictures(pictures));

  for (const collection of Object.keys(dataSchemas) as DataCollection[]) {
    const listing = await listDataFiles(root, dir, collection);
    problems.push(...listing.problems);
    for (const entry of listing.files) {
      const { file } = entry;
      const text = await read(entry);
      if (text === undefined) continue;
      problems.push(
        ...(await guarded(
          file,
          () => [...checkText(file, text), ...checkDataFile(collection, file, text, index).problems],
          (p) => [p],
        )),
      );
    }
  }

  cache.save();
  digests.save();
  return { problems: sortProblems(problems), files, fixed };
}
