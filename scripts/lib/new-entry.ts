/**
 * `npm run new`: the logic behind the new-entry scaffold (scripts/editor/new-entry.ts),
 * kept free of prompts so it can be tested. Picks a field or kind from what an
 * editor typed (accents optional; the matching itself is scripts/lib/pick.ts),
 * plans the entry's folder, and renders the `index.mdx` template with the
 * writer of scripts/lib/yaml-writer.ts.
 *
 * One source of truth for the field explanations: the template's `#` comments
 * are the JSDoc comments of the schema files (src/schemas/*.ts), read by
 * scripts/lib/schema-docs.ts like the JSON Schemas for VS Code. Change a comment
 * there and the template follows; a field without a comment stops the template
 * with an error (and a test).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fieldGroups, fieldLabels, fields, type FieldLabel } from '../../src/data/fields.ts';
import { kindById, kindIds, kinds, type KindId } from '../../src/data/kinds.ts';
import { recognitionFormLabels } from '../../src/data/recognition-forms.ts';
import { entrySchemas } from '../../src/schemas/index.ts';
import { imagePath } from '../../src/schemas/media.ts';
import { nfc, squash } from '../../src/lib/fold.ts';
import { choiceMessage, pickItem, pickOne, type Choice } from './pick.ts';
import type { ShapeLiteral } from './schema-docs.ts';
import { slug } from '../../src/lib/slug.ts';
import { frontmatterWriter, OPTIONAL, schemaDocs, TODO_MARK, yamlString, type FieldDocs } from './yaml-writer.ts';

// Moved to shared modules; still exported from here for the script and the tests.
export { choiceMessage, pickOne, pickProvince, type Choice } from './pick.ts';
export { TODO_MARK, yamlString, type FieldDocs } from './yaml-writer.ts';

// ------------------------------------------------------------------ picking

/** A field label from what was typed: "dan van" → "Dân vận". */
export function pickField(input: string): Choice<FieldLabel> {
  return pickOne(input, fieldLabels);
}

/** A kind from its id or its label: "tap-the", "tập thể", "2" → "tap-the". */
export function pickKind(input: string): Choice<KindId> {
  return pickItem(input, kinds);
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
 * The field explanations of a kind: {@link schemaDocs} for the kind's zod
 * schema (`entrySchemas`), the same way as the JSON Schemas for VS Code.
 */
export function fieldDocs(kind: KindId, shapes: readonly ShapeLiteral[]): FieldDocs {
  return schemaDocs(entrySchemas[kind](imagePath), kind, `của loại bài ${kind}`, shapes);
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
  w.howToFill('summary: "Một hoặc hai câu tóm tắt."');
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
    w.province(2, answers.province);
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
  w.sources();
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
