/**
 * `npm run new` for the YAML data files an entry refers to: a đơn vị
 * (content/don-vi/<id>.yaml), a phong trào (content/phong-trao/<id>.yaml) or a
 * bộ sưu tập (content/bo-suu-tap/<id>.yaml). Kept free of prompts so it can be
 * tested; scripts/editor/new-entry.ts asks the questions.
 *
 * Like the entry template (scripts/lib/new-entry.ts), every field of the schema is
 * written, explained by its JSDoc comment in src/schemas; answers are filled
 * in, other required fields left as `""` with "… cần điền", optional fields
 * switched off with `# `.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { campaignTypes, type CampaignTypeId } from '../../src/data/campaign-types.ts';
import { kinds, type KindId } from '../../src/data/kinds.ts';
import { unitTypes, type UnitTypeId } from '../../src/data/unit-types.ts';
import { dataSchemas } from '../../src/schemas/index.ts';
import { nfc, squash } from '../../src/lib/fold.ts';
import { displayPath } from './new-entry.ts';
import { pickItem, type Choice } from './pick.ts';
import type { ShapeLiteral } from './schema-docs.ts';
import { slug } from '../../src/lib/slug.ts';
import { frontmatterWriter, OPTIONAL, schemaDocs, TODO_MARK, yamlString } from './yaml-writer.ts';

/** The data files `npm run new` creates. */
export const dataKinds = [
  { id: 'don-vi', label: 'Đơn vị', description: 'Cơ quan, tổ chức mà các bài gắn với (units, parentUnit).' },
  { id: 'phong-trao', label: 'Phong trào', description: 'Phong trào, cuộc vận động, văn bản chỉ đạo, đợt biểu dương.' },
  { id: 'bo-suu-tap', label: 'Bộ sưu tập', description: 'Một nhóm bài theo thứ tự, dùng cho trang chủ đề và kiosk.' },
] as const;

export type DataKindId = (typeof dataKinds)[number]['id'];

/** What `npm run new` can create: an entry or a data file. */
export type NewKind = KindId | DataKindId;

/** Whether a kind is a data file. */
export function isDataKind(kind: NewKind): kind is DataKindId {
  return dataKinds.some((k) => k.id === kind);
}

/** Everything `npm run new` can create, numbered in this order for the first question. */
export const newKinds: readonly { id: NewKind; label: string; description: string }[] = [...kinds, ...dataKinds];

/** What to create, from its number, label or id, accents optional: "4", "don vi", "bo-suu-tap". */
export function pickNewKind(input: string): Choice<NewKind> {
  return pickItem(input, newKinds);
}

/** A unit type from its number, label or id: "doan the", "mat tran" → "doan-the". */
export function pickUnitType(input: string): Choice<UnitTypeId> {
  return pickItem(input, unitTypes);
}

/** A campaign type from its number, label or id: "cuoc van dong" → "cuoc-van-dong". */
export function pickCampaignType(input: string): Choice<CampaignTypeId> {
  return pickItem(input, campaignTypes);
}

/** The vocabulary of `type` for a unit or a campaign. */
export const typesOf = { 'don-vi': unitTypes, 'phong-trao': campaignTypes } as const;

/** Which word the file names the item by: `title` for a collection, `name` otherwise. */
export const nameKey = (kind: DataKindId) => (kind === 'bo-suu-tap' ? 'title' : 'name');

// ------------------------------------------------------------------ file

/** Where the new data file goes, or why it cannot. */
export type DataFilePlan = { ok: true; id: string; file: string } | { ok: false; message: string };

/** `<root>/<kind>/<id>.yaml` for a name, refused when that file (or the .yml one) exists. */
export function planDataFile(root: string, kind: DataKindId, name: string, cwd = process.cwd()): DataFilePlan {
  const n = squash(nfc(name));
  const what = kind === 'bo-suu-tap' ? 'Tên bộ sưu tập' : kind === 'don-vi' ? 'Tên đơn vị' : 'Tên phong trào';
  if (!n) return { ok: false, message: `${what} không được để trống.` };
  const id = slug(n);
  if (!id) return { ok: false, message: `${what} "${n}" không có chữ hay số nào để đặt tên tệp.` };
  const file = path.join(root, kind, `${id}.yaml`);
  const existing = [file, path.join(root, kind, `${id}.yml`)].find((f) => existsSync(f));
  if (existing) {
    return {
      ok: false,
      message: `Tệp ${displayPath(existing, cwd)} đã có: "${n}" có thể đã được tạo. Mở tệp đó để sửa, hoặc thêm chi tiết phân biệt vào tên (ví dụ tên xã, năm).`,
    };
  }
  return { ok: true, id, file };
}

// ------------------------------------------------------------------ template

/** The answers a new data file starts from; anything missing becomes a placeholder. */
export interface DataAnswers {
  kind: DataKindId;
  /** `name` of a unit or campaign, `title` of a collection. */
  name: string;
  /** Unit or campaign type id. */
  type?: string;
  /** Unit only. */
  province?: string;
}

export interface RenderedDataFile {
  /** The whole YAML file. */
  text: string;
  /** Fields left to fill, as dotted paths ("description", "sources.0.title"). */
  todo: string[];
}

const intro: Record<DataKindId, (name: string, id: string) => string> = {
  'don-vi': (name, id) =>
    `Đơn vị "${name}": một cơ quan, tổ chức mà các bài gắn với. Bài viết về người, tập thể, mô hình thuộc đơn vị này ghi mã ${id} trong danh sách units (bài tập thể còn có thể ghi parentUnit: ${id}).`,
  'phong-trao': (name, id) =>
    `Phong trào "${name}": một phong trào, cuộc vận động, văn bản chỉ đạo hoặc đợt biểu dương. Bài viết gắn với phong trào này ghi mã ${id} trong danh sách campaigns, hoặc ở dòng campaign của một lần khen.`,
  'bo-suu-tap': (name) =>
    `Bộ sưu tập "${name}": một nhóm bài theo thứ tự, có trang riêng và dùng được cho kiosk triển lãm.`,
};

/** The `type:` line with the vocabulary as its comment's end. */
function typeLine(w: ReturnType<typeof frontmatterWriter>, kind: 'don-vi' | 'phong-trao', type: string | undefined) {
  const list = typesOf[kind].map((t) => `${t.id} (${t.label})`).join(' · ');
  w.note(0, `Danh mục: ${list}.`);
  if (type?.trim()) w.value(0, 'type', type);
  else w.blank(0, 'type', 'type', 'chọn một mã trong danh mục trên');
}

/**
 * The YAML of a new data file: a Vietnamese header, then every field of the
 * collection's schema, each explained by the schema's own comment.
 */
export function renderDataFile(
  answers: DataAnswers,
  opts: { shapes: readonly ShapeLiteral[]; today: string },
): RenderedDataFile {
  const { kind } = answers;
  const w = frontmatterWriter(schemaDocs(dataSchemas[kind], kind, `của content/${kind}`, opts.shapes));
  const name = squash(nfc(answers.name));
  const id = slug(name);
  const key = nameKey(kind);

  w.note(0, `${intro[kind](name, id)} Tạo bằng lệnh npm run new ngày ${opts.today}.`);
  w.howToFill('description: "Một vài câu giới thiệu, theo nguồn."');
  w.lines.push('');

  w.doc(
    0,
    key,
    `Mã để các tệp khác nhắc tới là tên tệp (${id}), đặt theo tên này lúc tạo; sửa tên sau đó không đổi mã.`,
  );
  w.value(0, key, yamlString(name));

  if (kind === 'bo-suu-tap') {
    w.doc(0, 'description');
    w.blank(0, 'description', 'description');
    w.doc(0, 'note', OPTIONAL);
    w.off(0, ['note: Dùng cho kiosk triển lãm']);
    w.doc(
      0,
      'entries',
      'Mỗi mục một dòng bắt đầu bằng "- ": loại bài (ca-nhan, tap-the, mo-hinh), dấu /, rồi tên thư mục.',
    );
    w.lines.push('entries:');
    w.lines.push(`  - "" # ${TODO_MARK}: ví dụ tap-the/quan-uy-o-mon`);
    w.todo.push('entries.0');
    w.doc(0, 'kiosk', OPTIONAL);
    w.legend(0, 'kiosk', ['idleSeconds', 'slideSeconds']);
    w.off(0, ['kiosk:', '  idleSeconds: 90', '  slideSeconds: 8']);
    return { text: nfc(`${w.lines.join('\n')}\n`), todo: w.todo };
  }

  w.doc(0, 'shortName', OPTIONAL);
  w.off(0, [`shortName: ${kind === 'don-vi' ? 'Đảng ủy Khối' : 'Kết luận 01'}`]);
  w.doc(0, 'type');
  typeLine(w, kind, answers.type);

  if (kind === 'don-vi') {
    w.doc(0, 'parent', OPTIONAL);
    w.off(0, ['parent: quan-uy-o-mon']);
    w.doc(0, 'province', OPTIONAL);
    if (answers.province?.trim()) w.province(0, answers.province);
    else w.off(0, ['province: Cần Thơ']);
  } else {
    w.doc(0, 'issuer');
    w.blank(0, 'issuer', 'issuer');
    w.doc(0, 'start', OPTIONAL);
    w.off(0, ['start: 2021-12-18']);
    w.doc(0, 'end', OPTIONAL);
    w.off(0, ['end: 2026-12-31']);
  }

  w.doc(0, 'description');
  w.blank(0, 'description', 'description');
  w.sources();
  w.doc(0, 'sample', 'Đơn vị, phong trào có thật: để false.');
  w.value(0, 'sample', 'false');
  return { text: nfc(`${w.lines.join('\n')}\n`), todo: w.todo };
}

// ------------------------------------------------------------------ after writing

/** How an entry refers to a new unit or campaign: the list it goes in, and the other places its id is written. */
const references = {
  'don-vi': {
    what: 'đơn vị',
    list: 'units',
    more: (id: string) =>
      `Bài tập thể thuộc đơn vị này còn có thể ghi parentUnit: ${id}; đơn vị cấp dưới ghi parent: ${id}.`,
  },
  'phong-trao': {
    what: 'phong trào',
    list: 'campaigns',
    more: (id: string) => `Lần khen thuộc phong trào này ghi campaign: ${id} trong nhóm recognitions.`,
  },
} as const;

/** Step 4: how to use the new item. */
function howToRefer(kind: DataKindId, id: string): string[] {
  if (kind === 'bo-suu-tap')
    return [`  4. Chạy npm run dev rồi mở http://localhost:4321/bo-suu-tap/${id}/ để xem thử.`];
  const r = references[kind];
  return [
    `  4. Gắn bài với ${r.what}: trong index.mdx của bài, thêm mã ${r.what} vào danh sách ${r.list}:`,
    `       ${r.list}:`,
    `         - ${id}`,
    `     ${r.more(id)}`,
  ];
}

/** What the editor does next, in Vietnamese, after the file is written. */
export function dataNextSteps(opts: { file: string; kind: DataKindId; id: string; todo: readonly string[] }): string {
  const todo = opts.todo.length ? ` Còn ${opts.todo.length} trường cần điền: ${opts.todo.join(', ')}.` : '';
  return [
    `Đã tạo ${opts.file}`,
    '',
    'Việc cần làm tiếp theo:',
    `  1. Mở ${opts.file}, điền các trường có ghi chú "${TODO_MARK}".${todo}`,
    opts.kind === 'bo-suu-tap'
      ? '     Ở entries, mỗi bài một dòng dạng loai/ten-thu-muc, ví dụ - tap-the/quan-uy-o-mon.'
      : '     Ghi đúng như nguồn; mọi thông tin cần ít nhất một nguồn (sources).',
    '  2. Trường không bắt buộc đang tắt bằng dấu #: muốn dùng thì xóa dấu # và một dấu cách sau nó.',
    '  3. Chạy npm run check:content để kiểm tra; sửa theo từng dòng thông báo cho đến khi hết lỗi.',
    ...howToRefer(opts.kind, opts.id),
    '  5. Gửi tệp bằng một pull request (đề nghị thay đổi).',
  ].join('\n');
}
