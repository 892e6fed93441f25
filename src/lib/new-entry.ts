/**
 * `npm run new`: the logic behind the new-entry scaffold (scripts/new-entry.ts),
 * kept free of prompts so it can be tested. Picks a province, field or kind
 * from what an editor typed (accents optional), plans the entry's folder, and
 * renders the `index.mdx` template.
 *
 * One source of truth for the field explanations: the template's `#` comments
 * are the JSDoc comments of the schema files (src/schemas/*.ts), read by
 * src/lib/schema-docs.ts like the JSON Schemas for VS Code. Change a comment
 * there and the template follows; a field without a comment stops the template
 * with an error (and a test).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { fieldGroups, fieldLabels, fields, type FieldLabel } from '../data/fields.ts';
import { kindById, kindIds, kinds, type KindId } from '../data/kinds.ts';
import { provinceByName, provinceNames } from '../data/provinces.ts';
import { recognitionFormLabels } from '../data/recognition-forms.ts';
import { entrySchemas } from '../schemas/index.ts';
import { imagePath } from '../schemas/media.ts';
import { keysAt } from './error-map.ts';
import { fold, nfc, squash } from './fold.ts';
import { fieldDescription, type ShapeLiteral } from './schema-docs.ts';
import { slug } from './slug.ts';
import { distance } from './suggest.ts';

// ------------------------------------------------------------------ picking

/** What an editor's answer matched: one option, several, or none (with the closest ones). */
export type Choice<T extends string> =
  { status: 'found'; value: T } | { status: 'ambiguous'; options: T[] } | { status: 'unknown'; options: T[] };

/** Compare without accents, case or punctuation: "Bà Rịa – Vũng Tàu" → "ba ria vung tau". */
function key(text: string): string {
  return squash(fold(text).replace(/[^a-z0-9]+/g, ' '));
}

interface PickOptions {
  /** Leading words to ignore ("tỉnh", "thành phố"), already folded. */
  prefixes?: readonly string[];
  /** Other names for an option, folded: "sai gon" → "Hồ Chí Minh". */
  aliases?: Readonly<Record<string, string>>;
  /** How many close options to list when nothing matches. */
  limit?: number;
}

/**
 * The option an editor meant, compared without accents: "can tho" → "Cần Thơ".
 * Whole words of exactly one option are taken too ("vung tau" → "Bà Rịa – Vũng
 * Tàu", "an sinh" → "An sinh xã hội, từ thiện"); several such options, or
 * options only starting with what was typed ("quang"), are ambiguous;
 * otherwise the closest options by edit distance are returned, to choose from.
 */
export function pickOne<T extends string>(input: string, options: readonly T[], opts: PickOptions = {}): Choice<T> {
  let k = key(input);
  for (const p of opts.prefixes ?? []) if (k.startsWith(`${p} `)) k = k.slice(p.length + 1);
  const limit = opts.limit ?? 5;
  if (!k) return { status: 'unknown', options: [] };
  const alias = opts.aliases?.[k];
  if (alias && options.includes(alias as T)) return { status: 'found', value: alias as T };
  const exact = options.filter((o) => key(o) === k);
  if (exact.length === 1) return { status: 'found', value: exact[0]! };
  if (exact.length > 1) return { status: 'ambiguous', options: exact };
  const words = options.filter((o) => ` ${key(o)} `.includes(` ${k} `));
  if (words.length === 1) return { status: 'found', value: words[0]! };
  if (words.length > 1) return { status: 'ambiguous', options: words };
  const starts = options.filter((o) => ` ${key(o)} `.includes(` ${k}`));
  if (starts.length) return { status: 'ambiguous', options: starts };
  const ranked = options
    .map((o) => ({ o, d: distance(k, key(o)) }))
    .filter((r) => r.d <= Math.max(2, Math.ceil(k.length / 2)))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map((r) => r.o);
  return { status: 'unknown', options: ranked };
}

const provinceAliases: Record<string, string> = {
  'sai gon': 'Hồ Chí Minh',
  hcm: 'Hồ Chí Minh',
  tphcm: 'Hồ Chí Minh',
  'thua thien hue': 'Huế',
};

/** A province name from what was typed: "soc trang" → "Sóc Trăng" (names before and after the 2025 merger). */
export function pickProvince(input: string): Choice<string> {
  return pickOne(input, provinceNames, { prefixes: ['tinh', 'thanh pho', 'tp'], aliases: provinceAliases });
}

/** A field label from what was typed: "dan van" → "Dân vận". */
export function pickField(input: string): Choice<FieldLabel> {
  return pickOne(input, fieldLabels);
}

/** A kind from its id or its label: "tap-the", "tập thể", "2" → "tap-the". */
export function pickKind(input: string): Choice<KindId> {
  const n = Number(input.trim());
  if (Number.isInteger(n) && n >= 1 && n <= kinds.length) return { status: 'found', value: kinds[n - 1]!.id };
  const byLabel = pickOne(
    input,
    kinds.map((k) => k.label),
  );
  if (byLabel.status === 'found') return { status: 'found', value: kinds.find((k) => k.label === byLabel.value)!.id };
  const byId = pickOne(input, kindIds);
  return byId.status === 'found' ? byId : { status: 'unknown', options: [...kindIds] };
}

/** The Vietnamese message for an answer that did not match exactly one option. */
export function choiceMessage(what: string, input: string, choice: Choice<string>): string {
  if (choice.status === 'found') return '';
  const list = choice.options.map((o) => `"${o}"`).join(', ');
  if (!key(input)) return `Chưa nhập ${what}.`;
  if (choice.options.length === 1) return `Không có ${what} nào tên "${input}". Có phải ${list}?`;
  if (choice.status === 'ambiguous') return `"${input}" khớp với nhiều ${what}: ${list}. Hãy gõ rõ hơn.`;
  return list ? `Không có ${what} nào tên "${input}". Gần nhất: ${list}.` : `Không có ${what} nào tên "${input}".`;
}

/**
 * Fields from one answer: labels or numbers from the list, several separated
 * by ";" (or by "," when each part is a field: "dan van, xay dung dang").
 * A label's own comma is kept: "an sinh xa hoi, tu thien" is one field.
 */
export function parseFields(answer: string): { fields: FieldLabel[]; errors: string[] } {
  const found: FieldLabel[] = [];
  const errors: string[] = [];
  const add = (f: FieldLabel) => {
    if (!found.includes(f)) found.push(f);
  };
  const one = (part: string): Choice<FieldLabel> => {
    const n = Number(part.trim());
    if (/^\d+$/.test(part.trim()))
      return n >= 1 && n <= fieldLabels.length
        ? { status: 'found', value: fieldLabels[n - 1]! }
        : { status: 'unknown', options: [] };
    return pickField(part);
  };
  for (const part of answer.split(';').filter((p) => p.trim())) {
    const whole = one(part);
    if (whole.status === 'found') {
      add(whole.value);
      continue;
    }
    const pieces = part.split(',').filter((p) => p.trim());
    const each = pieces.map(one);
    if (pieces.length > 1 && each.every((c) => c.status === 'found')) {
      for (const c of each) if (c.status === 'found') add(c.value);
      continue;
    }
    errors.push(
      /^\s*\d+\s*$/.test(part)
        ? `Không có lĩnh vực số ${part.trim()}: chọn từ 1 đến ${fieldLabels.length}.`
        : choiceMessage('lĩnh vực', part.trim(), whole),
    );
  }
  return { fields: found, errors };
}

// ------------------------------------------------------------------ folder

/** Where the new entry goes, or why it cannot. */
export type EntryPlan = { ok: true; slug: string; dir: string; file: string } | { ok: false; message: string };

/** A path as an editor reads it: relative to the project, with forward slashes (absolute when outside). */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

/** `<root>/<kind>/<slug>/index.mdx` for a title, refused when that folder (or the slug in another kind) exists. */
export function planEntry(root: string, kind: KindId, title: string, cwd = process.cwd()): EntryPlan {
  const t = squash(nfc(title));
  if (!t) return { ok: false, message: 'Tiêu đề không được để trống.' };
  const s = slug(t);
  if (!s) return { ok: false, message: `Tiêu đề "${t}" không có chữ hay số nào để đặt tên thư mục.` };
  const dir = path.join(root, kind, s);
  const show = (d: string) => `${displayPath(d, cwd)}/`;
  if (existsSync(dir)) {
    return {
      ok: false,
      message: `Thư mục ${show(dir)} đã có: bài "${t}" có thể đã được tạo. Mở tệp index.mdx trong thư mục đó để sửa, hoặc thêm chi tiết phân biệt vào tiêu đề (ví dụ tên xã, năm).`,
    };
  }
  const other = kindIds.find((k) => k !== kind && existsSync(path.join(root, k, s)));
  if (other) {
    return {
      ok: false,
      message: `Đã có một mục khác cùng tên ở ${show(path.join(root, other, s))} (${kindById(other).label.toLowerCase()}). Nếu là cùng một người, đơn vị hay mô hình, hãy bổ sung vào bài đó; nếu khác, thêm chi tiết phân biệt vào tiêu đề.`,
    };
  }
  return { ok: true, slug: s, dir, file: path.join(dir, 'index.mdx') };
}

/** Today's date in Việt Nam, "YYYY-MM-DD". */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

// ------------------------------------------------------------------ schema comments

/**
 * The schema's explanation of a field of one kind, by its path in the
 * frontmatter, array items as `0` ("title", "consent.by", "recognitions.0.year",
 * "model.outputs.0.label"). Throws when the field has none.
 */
export type FieldDocs = (fieldPath: string) => string;

/**
 * The field explanations of a kind: for each path, the keys of the object the
 * field sits in are read from the kind's zod schema (`entrySchemas`, optional,
 * default and arrays unwrapped), and src/lib/schema-docs.ts finds the JSDoc
 * comment of that field among the shapes read from src/schemas
 * (`readShapeLiterals()`), the same way as the JSON Schemas for VS Code.
 */
export function fieldDocs(kind: KindId, shapes: readonly ShapeLiteral[]): FieldDocs {
  const schema = entrySchemas[kind](imagePath);
  return (fieldPath) => {
    const parts = fieldPath.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const key = parts.at(-1);
    const keys = keysAt(schema, parts.slice(0, -1));
    const at = `${kind}.${fieldPath}`;
    if (typeof key !== 'string' || !keys.includes(key))
      throw new Error(`${at}: trường "${String(key)}" không có trong schema của loại bài ${kind}.`);
    return fieldDescription(shapes, keys, key, at);
  };
}

// ------------------------------------------------------------------ template

/** The answers a new entry starts from; anything missing becomes a placeholder. */
export interface EntryAnswers {
  kind: KindId;
  title: string;
  province?: string;
  fields?: readonly string[];
  summary?: string;
  /** Chức vụ (cá nhân only). */
  position?: string;
}

export interface RenderedEntry {
  /** The whole index.mdx. */
  text: string;
  /** Fields left to fill, as dotted paths ("summary", "cover.alt", "sources.0.title"). */
  todo: string[];
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
function frontmatterWriter(docOf: FieldDocs) {
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

const OPTIONAL = '(Không bắt buộc.)';

/** The list of fields by group, for the comment above `fields:`. */
function fieldVocabulary(): string {
  return fieldGroups
    .map(
      (g) =>
        `${g.label}: ${fields
          .filter((f) => f.group === g.id)
          .map((f) => f.label)
          .join(' · ')}.`,
    )
    .join(' ');
}

/**
 * The `index.mdx` of a new entry: every field of its kind, each explained by
 * the schema's own comment; answers filled in, other required fields left as
 * `""` with "… cần điền" (which the content check rejects), optional fields
 * switched off with `#`, and a body of guidance comments only (an unwritten
 * story is reported as "Bài viết chưa có nội dung").
 */
export function renderEntry(
  answers: EntryAnswers,
  opts: { shapes: readonly ShapeLiteral[]; today: string },
): RenderedEntry {
  const { kind } = answers;
  const w = frontmatterWriter(fieldDocs(kind, opts.shapes));
  const label = kindById(kind).label.toLowerCase();
  const title = squash(nfc(answers.title));

  w.note(0, `Bài ${label} "${title}", tạo bằng lệnh npm run new ngày ${opts.today}.`);
  w.note(0, 'Dòng bắt đầu bằng dấu # là ghi chú, không hiện trên trang.');
  w.note(
    0,
    `Cần điền: các dòng có ghi chú "${TODO_MARK}". Viết giá trị vào giữa hai dấu ngoặc kép "" (giữ hai dấu ngoặc kép: nhờ chúng, câu có dấu hai chấm vẫn đúng) rồi xóa ghi chú đó, ví dụ: summary: "Một hoặc hai câu tóm tắt."`,
  );
  w.note(
    0,
    'Không bắt buộc: các trường đang tắt bằng dấu # ở đầu dòng. Muốn dùng thì xóa dấu # và một dấu cách sau nó (giữ nguyên các dấu cách thụt lề còn lại).',
  );
  w.note(0, 'Kiểm tra bằng lệnh npm run check:content. Hướng dẫn đầy đủ: CONTRIBUTING.md.');
  w.lines.push('');

  // Who or what.
  w.doc(0, 'title', 'Tên thư mục phải khớp với tiêu đề: đổi tiêu đề thì đổi cả tên thư mục.');
  w.value(0, 'title', yamlString(title));
  w.doc(0, 'summary', 'Tối đa 320 ký tự.');
  if (answers.summary?.trim()) w.value(0, 'summary', yamlString(answers.summary));
  else w.blank(0, 'summary', 'summary');

  if (kind === 'ca-nhan') {
    w.doc(0, 'position');
    if (answers.position?.trim()) w.value(0, 'position', yamlString(answers.position));
    else w.blank(0, 'position', 'position');
    w.doc(0, 'birthYear', OPTIONAL);
    w.off(0, ['birthYear: 1970']);
    w.doc(0, 'gender', 'Ghi "nam" hoặc "nữ". (Không bắt buộc.)');
    w.off(0, ['gender: nữ']);
    w.doc(0, 'living', OPTIONAL);
    w.off(0, ['living: true']);
    w.doc(
      0,
      'consent',
      'Nếu người này đã mất, có thể xóa cả nhóm consent. Chưa hỏi được ý người đó: xóa dòng by, bật dòng source.',
    );
    w.lines.push('consent:');
    w.doc(2, 'consent.by');
    w.blank(2, 'by', 'consent.by');
    w.doc(2, 'consent.date');
    w.blank(2, 'date', 'consent.date');
    w.doc(2, 'consent.source', OPTIONAL);
    w.off(2, ['source: https://tenbao.vn/ten-bai-viet']);
    w.doc(2, 'consent.note', OPTIONAL);
    w.off(2, ['note: Đồng ý bằng văn bản, qua chi bộ nơi cư trú']);
  }

  // What, where, with whom.
  w.doc(0, 'fields', `Tên có dấu phẩy phải đặt trong ngoặc kép. Danh mục: ${fieldVocabulary()}`);
  w.lines.push('fields:');
  const chosen = answers.fields?.filter((f) => f.trim()) ?? [];
  if (chosen.length) for (const f of chosen) w.lines.push(`  - ${yamlString(f)}`);
  else {
    w.lines.push(`  - "" # ${TODO_MARK}`);
    w.todo.push('fields.0');
  }
  w.doc(0, 'place');
  w.lines.push('place:');
  w.doc(
    2,
    'place.province',
    'Cơ quan, đơn vị cấp Trung ương mà nguồn không nêu tỉnh, thành phố: thay dòng này bằng "central: true".',
  );
  if (answers.province?.trim()) {
    const province = provinceByName(answers.province);
    const now = province && !province.current ? `nay thuộc ${province.currentName}` : '';
    w.value(2, 'province', yamlString(answers.province), now);
  } else w.blank(2, 'province', 'place.province');
  w.doc(2, 'place.district', OPTIONAL);
  w.off(2, ['district: quận Ô Môn']);
  w.doc(2, 'place.commune', OPTIONAL);
  w.off(2, ['commune: phường Châu Văn Liêm']);
  w.doc(0, 'units', OPTIONAL);
  w.off(0, ['units:', '  - quan-uy-o-mon']);
  if (kind === 'tap-the') {
    w.doc(0, 'parentUnit', OPTIONAL);
    w.off(0, ['parentUnit: quan-uy-o-mon']);
    w.doc(0, 'memberCount', OPTIONAL);
    w.off(0, ['memberCount: 25']);
  }
  w.doc(0, 'campaigns', OPTIONAL);
  w.off(0, ['campaigns:', '  - ket-luan-01-kl-tw']);
  w.doc(
    0,
    'recognitions',
    'Mỗi lần khen là một khối bắt đầu bằng "- year:"; nguồn không nêu năm thì viết "- yearUnknown: true" thay cho year. (Không bắt buộc.)',
  );
  w.legend(0, 'recognitions.0', ['year', 'yearUnknown', 'form', 'issuer', 'reason', 'campaign', 'decision', 'date'], {
    form: `Danh mục: ${recognitionFormLabels.join(' · ')}.`,
  });
  w.off(0, [
    'recognitions:',
    '  - year: 2023',
    '    form: Bằng khen',
    '    issuer: Ban Thường vụ Thành ủy Cần Thơ',
    '    reason: có thành tích xuất sắc trong học tập và làm theo Bác giai đoạn 2021 - 2023',
    '    campaign: ket-luan-01-kl-tw',
    '    decision: 1234-QĐ/TU',
    '    date: 2023-05-19',
    '  - yearUnknown: true',
    '    form: Biểu dương',
    '    issuer: Ban Tuyên giáo Trung ương',
  ]);

  if (kind === 'mo-hinh') {
    w.doc(
      0,
      'model',
      'Chỉ ghi những mục nguồn có nêu; cần ít nhất một mục: bỏ dấu # ở đầu dòng rồi viết thay cho dấu …',
    );
    w.lines.push('model:');
    const form: [string, string][] = [
      ['situation', '…'],
      ['goals', '…'],
      ['approach', '…'],
      ['area', '…'],
      ['forces', '…'],
      ['resources', '…'],
      ['period', 'Từ năm 2021'],
    ];
    for (const [k, example] of form) {
      w.doc(2, `model.${k}`);
      w.off(2, [`${k}: ${example}`]);
    }
    w.doc(2, 'model.outputs', 'Mỗi kết quả là một khối bắt đầu bằng "- label:".');
    w.legend(2, 'model.outputs.0', ['label', 'value', 'unit']);
    w.off(2, ['outputs:', '  - label: pano tuyên truyền', '    value: 34', '    unit: pano']);
    w.doc(2, 'model.replicability');
    w.off(2, ['replicability: …']);
  }

  // Pictures and words.
  w.doc(
    0,
    'cover',
    'Có ảnh được phép đăng: đặt tệp anh-bia.jpg cạnh index.mdx, bỏ dấu # ở bốn dòng dưới rồi điền alt và credit. (Không bắt buộc.)',
  );
  w.legend(0, 'cover', ['src', 'alt', 'credit', 'shared']);
  w.off(0, ['cover:', '  src: ./anh-bia.jpg', '  alt: Mô tả ảnh cho người khiếm thị', '  credit: "Ảnh: …"']);
  w.doc(0, 'gallery', 'Mỗi ảnh là một khối bắt đầu bằng "- src:". (Không bắt buộc.)');
  w.legend(0, 'gallery.0', ['src', 'alt', 'caption', 'credit', 'shared']);
  w.off(0, [
    'gallery:',
    '  - src: ./anh-1.jpg',
    '    alt: Mô tả ảnh cho người khiếm thị',
    '    caption: Chú thích hiện dưới ảnh',
    '    credit: "Ảnh: P.V"',
  ]);
  w.doc(0, 'quote', OPTIONAL);
  w.legend(0, 'quote', ['text', 'author', 'role']);
  w.off(0, ['quote:', '  text: …', '  author: …', '  role: …']);

  // Where the facts come from.
  w.doc(0, 'sources', 'Mỗi nguồn là một khối bắt đầu bằng "- title:".');
  w.lines.push('sources:');
  w.doc(2, 'sources.0.title');
  w.blank(2, '- title', 'sources.0.title');
  w.doc(4, 'sources.0.publisher');
  w.blank(4, 'publisher', 'sources.0.publisher');
  w.doc(4, 'sources.0.date', OPTIONAL);
  w.off(4, ['date: 2023-09-06']);
  w.doc(4, 'sources.0.url', OPTIONAL);
  w.off(4, ['url: https://tenbao.vn/ten-bai-viet']);
  w.doc(0, 'related', OPTIONAL);
  w.off(0, ['related:', '  - mo-hinh/cho-0-dong']);

  // Publishing.
  w.doc(0, 'published');
  w.value(0, 'published', opts.today);
  w.doc(0, 'updated', OPTIONAL);
  w.off(0, [`updated: ${opts.today}`]);
  w.doc(0, 'featured', OPTIONAL);
  w.off(0, ['featured: true']);
  w.doc(0, 'draft', OPTIONAL);
  w.off(0, ['draft: true']);
  w.doc(0, 'sample', 'Bài về người, việc có thật: để false.');
  w.value(0, 'sample', 'false');

  const text = ['---', ...w.lines, '---', '', ...body(kind), ''].join('\n');
  return { text: nfc(text), todo: w.todo };
}

const outlines: Record<KindId, string[]> = {
  'ca-nhan': [
    '## Con người, hoàn cảnh: người đó là ai, làm việc gì, ở đâu.',
    '## Làm theo Bác: những việc làm cụ thể, kể bằng một vài câu chuyện.',
    '## Kết quả, ghi nhận: con số, lần được khen (ghi đúng như nguồn).',
  ],
  'tap-the': [
    '## Giới thiệu: tập thể ở đâu, gồm những ai, nhiệm vụ chính.',
    '## Cách làm: tập thể đã học tập và làm theo Bác bằng những việc gì.',
    '## Kết quả: con số, lần được khen (ghi đúng như nguồn).',
    '## Bài học kinh nghiệm, nếu nguồn có nêu.',
  ],
  'mo-hinh': [
    '## Vì sao có mô hình: thực trạng ở địa phương.',
    '## Cách làm: ai làm, làm thế nào, từ khi nào.',
    '## Kết quả: con số cụ thể (ghi đúng như nguồn).',
    '## Nhân rộng: nơi khác có thể học theo ra sao.',
  ],
};

/** The body: guidance and examples inside MDX comments ({/* … *\/}), which never show on the page. */
function body(kind: KindId): string[] {
  return [
    '{/*',
    '  Viết câu chuyện bên dưới khung ghi chú này, bằng tiếng Việt có dấu. Các đoạn văn cách nhau một',
    '  dòng trống; tiêu đề mục bắt đầu bằng ##. Chỉ viết những gì nguồn đã nêu. Gợi ý bố cục:',
    '',
    ...outlines[kind].map((l) => `  ${l}`),
    '',
    '  Có thể xóa khung ghi chú này khi viết xong.',
    '*/}',
    '',
    '{/*',
    '  Ba thành phần có sẵn, không cần (và không được) import. Muốn dùng, chép ra ngoài khung ghi chú:',
    '',
    '  <Quote author="Chủ tịch Hồ Chí Minh" source="Lời kêu gọi thi đua ái quốc">',
    '    Thi đua là yêu nước, yêu nước thì phải thi đua.',
    '  </Quote>',
    '',
    '  <Stat value={147} label="mô hình đăng ký học tập và làm theo Bác" />',
    '',
    '  <Figure src="./anh-1.jpg" alt="Mô tả ảnh" caption="Chú thích dưới ảnh" credit="Ảnh: P.V" />',
    '*/}',
  ];
}

// ------------------------------------------------------------------ after writing

/** What the editor does next, in Vietnamese, after the file is written. */
export function nextSteps(opts: { file: string; kind: KindId; slug: string; todo: readonly string[] }): string {
  const dir = path.dirname(opts.file);
  const todo = opts.todo.length ? ` Còn ${opts.todo.length} trường cần điền: ${opts.todo.join(', ')}.` : '';
  return [
    `Đã tạo ${opts.file}`,
    '',
    'Việc cần làm tiếp theo:',
    `  1. Nếu có ảnh được phép đăng: đặt ảnh bìa tên anh-bia.jpg, rộng ít nhất 1.200 px, cạnh index.mdx trong thư mục ${dir}/`,
    '     và bỏ dấu # ở nhóm cover. Không có ảnh thì bỏ qua bước này: trang tự dựng bìa chữ "Chưa có ảnh".',
    `  2. Mở index.mdx, điền các trường có dấu … (ghi chú "${TODO_MARK}").${todo}`,
    '     Rồi viết câu chuyện bên dưới dòng --- thứ hai.',
    '  3. Chạy npm run check:content để kiểm tra; sửa theo từng dòng thông báo cho đến khi hết lỗi.',
    `  4. Chạy npm run dev rồi mở http://localhost:4321/${opts.kind}/${opts.slug}/ để xem thử.`,
    '  5. Gửi bài bằng một pull request (đề nghị thay đổi).',
  ].join('\n');
}
