import type { z } from 'astro/zod';
import path from 'node:path';
import { kindIds, type KindId } from '../data/kinds.ts';
import { issuesToProblems, type Locate } from '../lib/error-map.ts';
import { MAX_BODY_CHARS } from '../lib/limits.ts';
import type { Problem } from '../lib/problems.ts';
import { isSlug, slug } from '../lib/slug.ts';
import { entrySchemas, dataSchemas, type DataCollection } from '../schemas/index.ts';
import { imagePath } from '../schemas/media.ts';
import { checkId } from './check-id.ts';
import { checkInvisible } from './check-invisible.ts';
import { checkImages, frontmatterImages, type FoundImages } from './check-images.ts';
import { checkText } from './check-text.ts';
import type { ContentIndex } from './content-index.ts';
import { parseSource, type ParsedSource } from './frontmatter.ts';
import { compileBody, type CompiledBody } from '../mdx/mdx-body.ts';
import { checkReferences } from './references.ts';
import { checkSampleData, checkSampleEntry } from './check-samples.ts';

/** What checking one entry file found: its data when valid, its rendered body, and every problem. */
export interface CheckedEntry {
  data: Record<string, unknown> | undefined;
  /** The frontmatter as written, before validation (undefined when unreadable). */
  raw: Record<string, unknown> | undefined;
  /** Where a field is written in the file. */
  locate: Locate;
  body: CompiledBody | undefined;
  problems: Problem[];
  /** The size of each readable image it names (checkEntryFile only). */
  images?: FoundImages;
}

/** Each kind's schema, checking image paths as written (the loader checks the files themselves). */
const schemasByKind = new Map<KindId, z.ZodType>(kindIds.map((kind) => [kind, entrySchemas[kind](imagePath)]));

/** The body compiled, or refused uncompiled when it is over MAX_BODY_CHARS. */
function checkBody(text: string, file: string, source: ParsedSource): { body?: CompiledBody; problems: Problem[] } {
  const length = [...source.body].length;
  if (length <= MAX_BODY_CHARS) {
    const body = compileBody(text.normalize('NFC'), file);
    return { body, problems: body.problems };
  }
  const count = (n: number) => n.toLocaleString('vi-VN');
  return {
    problems: [
      {
        file,
        line: source.bodyLine,
        column: 1,
        field: 'nội dung',
        message: `Nội dung dài ${count(length)} ký tự, quá giới hạn ${count(MAX_BODY_CHARS)} ký tự.`,
        fix: 'Rút gọn câu chuyện (giữ những việc làm tiêu biểu, chi tiết để ở nguồn), hoặc tách thành nhiều bài.',
      },
    ],
  };
}

/**
 * Check one entry file (`content/<kind>/<slug>/index.mdx`) completely, the
 * same way for the build and for editors' tools: frontmatter against the
 * schema, references, folder name, and the body against the MDX contract.
 */
export function checkEntry(kind: KindId, file: string, text: string, index: ContentIndex): CheckedEntry {
  const source = parseSource(text.normalize('NFC'), file, 'mdx');
  const folder = path.basename(path.dirname(file));
  const problems = [
    ...source.problems,
    ...checkId(file, folder, source.data?.title),
    ...checkInvisible(file, text, source),
  ];
  if (!source.data) {
    // A YAML mistake must not hide the body's mistakes: check the body too, when the fences are there.
    const { body, problems: bodyProblems } = source.fenced ? checkBody(text, file, source) : { problems: [] };
    problems.push(...bodyProblems);
    return { data: undefined, raw: undefined, locate: source.locate, body, problems };
  }
  const schema = schemasByKind.get(kind)!;
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) problems.push(...issuesToProblems(result.error.issues, file, source.locate, schema));
  problems.push(...checkReferences('entry', source.data, index, file, source.locate));
  problems.push(...checkSampleEntry(source.data, index, file, source.locate));
  const title = source.data.title;
  if (isSlug(folder) && typeof title === 'string' && title.trim() && slug(title) !== folder) {
    problems.push({
      file,
      ...source.locate(['title']),
      field: 'title',
      message: `Tên thư mục "${folder}" không khớp với tiêu đề.`,
      fix: `Đổi tên thư mục thành "${slug(title)}".`,
    });
  }
  const { body, problems: bodyProblems } = checkBody(text, file, source);
  problems.push(...bodyProblems);
  return {
    data: result.success ? (result.data as Record<string, unknown>) : undefined,
    raw: source.data,
    locate: source.locate,
    body,
    problems,
  };
}

/** Check one YAML data file (`content/<collection>/<id>.yaml`). */
export function checkDataFile(collection: DataCollection, file: string, text: string, index: ContentIndex) {
  const source = parseSource(text.normalize('NFC'), file, 'yaml');
  const id = path.basename(file).replace(/\.ya?ml$/, '');
  const problems = [
    ...source.problems,
    ...checkId(file, id, source.data?.name ?? source.data?.title),
    ...checkInvisible(file, text, source),
  ];
  if (!source.data) return { data: undefined, problems };
  const schema = dataSchemas[collection];
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) problems.push(...issuesToProblems(result.error.issues, file, source.locate, schema));
  if (collection === 'don-vi' || collection === 'bo-suu-tap') {
    problems.push(...checkReferences(collection, source.data, index, file, source.locate));
  }
  if (collection === 'don-vi' || collection === 'phong-trao') {
    problems.push(...checkSampleData(collection, id, source.data, index, file, source.locate));
  }
  if (collection === 'don-vi' && source.data.parent === id) {
    problems.push({
      file,
      ...source.locate(['parent']),
      field: 'parent',
      message: 'Đơn vị không thể là cấp trên của chính nó.',
      fix: 'Sửa parent thành mã đơn vị cấp trên.',
    });
  }
  return { data: result.success ? (result.data as Record<string, unknown>) : undefined, problems };
}

/**
 * Everything that can be wrong with one entry file, including its text
 * encoding and its images: what the build and `check:content` both run.
 */
export async function checkEntryFile(
  kind: KindId,
  file: string,
  absolute: string,
  text: string,
  index: ContentIndex,
  { decodeImages = true }: { decodeImages?: boolean } = {},
): Promise<CheckedEntry> {
  const checked = checkEntry(kind, file, text, index);
  const problems = [...checkText(file, text), ...checked.problems];
  const images: FoundImages = new Map();
  if (checked.raw) {
    const uses = [...frontmatterImages(checked.raw), ...(checked.body?.images ?? [])];
    problems.push(...(await checkImages(file, absolute, uses, checked.locate, images, decodeImages)));
  }
  return { ...checked, problems, images };
}
