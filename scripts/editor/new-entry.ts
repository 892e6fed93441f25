/**
 * `npm run new`: creates the folder and index.mdx of a new entry (cá nhân, tập thể
 * or mô hình), or the .yaml file of a đơn vị, phong trào or bộ sưu tập, with every
 * field present and explained in Vietnamese.
 *
 *   npm run new                      asks step by step (in a terminal)
 *   npm run new -- --kind tap-the --title "Chi bộ ấp Thới An" --province "can tho" --field "dan van" --yes
 *   npm run new -- --kind don-vi --name "Hội Nông dân xã Thới An" --type doan-the --province "can tho" --yes
 *
 * The logic lives in scripts/lib/new-entry.ts (entries) and scripts/lib/new-data-file.ts
 * (data files); this file only asks, writes and prints the next steps.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { fieldLabels } from '../../src/data/fields.ts';
import { kindById, type KindId } from '../../src/data/kinds.ts';
import { mergerDate, provinceByName } from '../../src/data/provinces.ts';
import { nfc } from '../../src/lib/fold.ts';
import {
  choiceMessage,
  displayPath,
  nextSteps,
  parseFields,
  pickProvince,
  planEntry,
  renderEntry,
  todayInVietnam,
  type EntryPlan,
} from '../lib/new-entry.ts';
import {
  dataNextSteps,
  isDataKind,
  newKinds,
  pickCampaignType,
  pickNewKind,
  pickUnitType,
  planDataFile,
  renderDataFile,
  typesOf,
  type DataFilePlan,
  type DataKindId,
  type NewKind,
} from '../lib/new-data-file.ts';
import { readShapeLiterals } from '../lib/schema-docs.ts';

const HELP = `npm run new: tạo thư mục và tệp index.mdx cho một bài mới, hoặc tệp .yaml cho
một đơn vị, phong trào, bộ sưu tập.

Cách dùng:
  npm run new
      hỏi từng bước
  npm run new -- --kind tap-the --title "Chi bộ ấp Thới An" --province "can tho" --field "dan van" --yes
      không hỏi gì, dùng các giá trị đã cho
  npm run new -- --kind don-vi --name "Hội Nông dân xã Thới An" --type doan-the --province "can tho" --yes
      tạo content/don-vi/hoi-nong-dan-xa-thoi-an.yaml

Tùy chọn (khi chạy bằng npm run, viết sau hai dấu --):
  --kind <loại>          ca-nhan (cá nhân), tap-the (tập thể), mo-hinh (mô hình),
                         don-vi (đơn vị), phong-trao (phong trào) hoặc bo-suu-tap (bộ sưu tập)
  --title "<tiêu đề>"    họ tên người, tên tập thể hoặc tên mô hình
  --name "<tên>"         tên đơn vị, phong trào hoặc bộ sưu tập (đặt tên tệp)
  --type <loại>          loại đơn vị hoặc loại phong trào, gõ không dấu cũng được
  --province "<tên>"     tỉnh, thành phố như nguồn nêu; gõ không dấu cũng được ("can tho")
  --field "<tên>"        lĩnh vực, gõ không dấu cũng được; lặp lại để chọn nhiều lĩnh vực
  --summary "<câu>"      tóm tắt một hoặc hai câu
  --position "<chức vụ>" chức vụ (chỉ với bài cá nhân)
  --yes, -y              không hỏi gì: trường còn thiếu để trống, đánh dấu "… cần điền"
  --dir <thư mục>        thư mục nội dung (mặc định: content)
  --help, -h             in hướng dẫn này

Lĩnh vực:
${fieldLabels.map((f, i) => `  ${String(i + 1).padStart(2)}. ${f}`).join('\n')}`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** parseArgs's English errors, said in Vietnamese. */
function argsError(error: unknown): never {
  const { code, message } = error as { code?: string; message?: string };
  const name = /'(-[^' ]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') fail(`Không có tùy chọn ${name}. Xem: npm run new -- --help`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    fail(`Tùy chọn ${name} cần một giá trị, ví dụ ${name} "…". Xem: npm run new -- --help`);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    fail(
      `Không hiểu ${/'([^']+)'/.exec(message ?? '')?.[1] ?? 'phần thừa'}: giá trị có dấu cách phải đặt trong ngoặc kép, ví dụ --title "Chi bộ ấp Thới An".`,
    );
  fail(`Tùy chọn không hợp lệ. Xem: npm run new -- --help`);
}

function readFlags() {
  try {
    return parseArgs({
      options: {
        kind: { type: 'string' },
        title: { type: 'string' },
        name: { type: 'string' },
        type: { type: 'string' },
        province: { type: 'string' },
        field: { type: 'string', multiple: true },
        summary: { type: 'string' },
        position: { type: 'string' },
        yes: { type: 'boolean', short: 'y', default: false },
        dir: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    argsError(error);
  }
}

const flags = readFlags();
if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

const interactive = !flags.yes && !!process.stdin.isTTY;
const cwd = process.cwd();
const root = path.resolve(cwd, flags.dir);
const shown = (file: string) => displayPath(file, cwd);

let rl: Interface | undefined;
let asked = false;

/** One question; the answer in NFC, trimmed. Ctrl+C or Ctrl+D stops without writing anything. */
async function ask(question: string): Promise<string> {
  asked = true;
  if (!rl) {
    rl = createInterface({ input: process.stdin, output: process.stdout });
    rl.on('SIGINT', () => fail('\nĐã dừng, chưa tạo tệp nào.'));
  }
  try {
    return nfc(await rl.question(question)).trim();
  } catch {
    fail('\nĐã dừng, chưa tạo tệp nào.');
  }
}

if (interactive) console.log('Tạo bài mới cho Gương Sáng. Nhấn Ctrl+C để dừng bất cứ lúc nào.\n');

// Kind.
let picked: NewKind | undefined;
const kindList = newKinds.map((k) => k.id).join(', ');
if (flags.kind !== undefined) {
  const choice = pickNewKind(flags.kind);
  if (choice.status === 'found') picked = choice.value;
  else if (!interactive) fail(`Loại bài "${flags.kind}" không có. Dùng --kind với một trong: ${kindList}.`);
  else console.log(`Loại bài "${flags.kind}" không có.`);
}
if (!picked && !interactive) fail(`Thiếu loại bài: thêm --kind với một trong: ${kindList}.`);
while (!picked) {
  console.log('Tạo mới:');
  newKinds.forEach((k, i) => console.log(`  ${i + 1}. ${k.label}: ${k.description}`));
  const choice = pickNewKind(await ask(`Chọn từ 1 đến ${newKinds.length}: `));
  if (choice.status === 'found') picked = choice.value;
  else console.log(`Hãy gõ một số từ 1 đến ${newKinds.length}, hoặc tên (ví dụ "don vi").`);
}
if (isDataKind(picked)) {
  await newDataFile(picked);
  process.exit(0);
}
const kind: KindId = picked;

// Title and folder.
let plan: EntryPlan | undefined;
let title = flags.title === undefined ? '' : nfc(flags.title).trim();
if (flags.title !== undefined) {
  plan = planEntry(root, kind, title, cwd);
  if (!plan.ok) {
    if (!interactive) fail(plan.message);
    console.log(plan.message);
  }
} else if (!interactive) fail('Thiếu tiêu đề: thêm --title "…" (họ tên người, tên tập thể hoặc tên mô hình).');
while (!plan?.ok) {
  title = await ask(
    kind === 'ca-nhan' ? 'Họ tên: ' : kind === 'tap-the' ? 'Tên tập thể: ' : 'Tên mô hình (tiêu đề bài): ',
  );
  plan = planEntry(root, kind, title, cwd);
  if (!plan.ok) console.log(plan.message);
}
if (interactive) console.log(`  → thư mục ${shown(plan.dir)}/\n`);

// Province or city.
const province = await chooseProvince(flags.province);

// Fields.
let chosen: string[] = [];
let fieldAnswer = flags.field?.length ? flags.field.join(';') : undefined;
if (fieldAnswer === undefined && interactive) {
  console.log('\nLĩnh vực:');
  fieldLabels.forEach((f, i) => console.log(`  ${String(i + 1).padStart(2)}. ${f}`));
  fieldAnswer = await ask('Chọn số hoặc gõ tên, nhiều lĩnh vực cách nhau bằng dấu ; (Enter để điền sau): ');
}
while (fieldAnswer) {
  const { fields, errors } = parseFields(fieldAnswer);
  if (!errors.length) {
    chosen = fields;
    console.log(`  → ${chosen.join('; ')}`);
    break;
  }
  if (!interactive) fail(errors.join('\n'));
  console.log(errors.join('\n'));
  fieldAnswer = await ask('Lĩnh vực (số hoặc tên, cách nhau bằng dấu ;; Enter để điền sau): ');
}

// Position, summary.
let position = flags.position === undefined ? undefined : nfc(flags.position).trim();
if (kind === 'ca-nhan' && position === undefined && interactive)
  position = await ask('\nChức vụ, nghề nghiệp (ví dụ "Bí thư Chi bộ ấp Thới An"; Enter để điền sau): ');
let summary = flags.summary === undefined ? undefined : nfc(flags.summary).trim();
if (summary === undefined && interactive)
  summary = await ask('Tóm tắt một hoặc hai câu, tối đa 320 ký tự (Enter để điền sau): ');

await confirm(plan.file);

const { text, todo } = renderEntry(
  { kind, title, province, fields: chosen, summary, position: kind === 'ca-nhan' ? position : undefined },
  { shapes: readShapeLiterals(), today: todayInVietnam() },
);
try {
  mkdirSync(plan.dir, { recursive: true });
  writeFileSync(plan.file, text, { flag: 'wx' });
} catch (error) {
  fail(`Không ghi được ${shown(plan.file)}: ${(error as Error).message}`);
}
if (interactive) console.log('');
console.log(nextSteps({ file: shown(plan.file), kind, slug: plan.slug, todo }));
if (kind !== 'ca-nhan' && flags.position !== undefined)
  console.log(
    `\nLưu ý: --position chỉ dùng cho bài cá nhân; bài ${kindById(kind).label.toLowerCase()} không có chức vụ.`,
  );

// ------------------------------------------------------------------ shared questions

/** The province from a flag or a question, accents optional; undefined to fill in later. */
async function chooseProvince(answer: string | undefined): Promise<string | undefined> {
  let province: string | undefined;
  let provinceAnswer = answer;
  if (provinceAnswer === undefined && interactive)
    provinceAnswer = await ask('Tỉnh, thành phố như nguồn nêu (gõ không dấu cũng được; Enter để điền sau): ');
  let offered: string[] = [];
  while (provinceAnswer) {
    const n = Number(provinceAnswer);
    const choice =
      Number.isInteger(n) && n >= 1 && n <= offered.length
        ? { status: 'found' as const, value: offered[n - 1]! }
        : pickProvince(provinceAnswer);
    if (choice.status === 'found') {
      province = choice.value;
      break;
    }
    const message = `${choiceMessage('tỉnh, thành phố', provinceAnswer, choice)}${
      choice.options.length ? '' : ' Viết tên có dấu hoặc không dấu, ví dụ "can tho", "soc trang".'
    }`;
    if (!interactive) fail(message);
    console.log(message);
    offered = choice.options;
    offered.forEach((o, i) => console.log(`  ${i + 1}. ${o}`));
    provinceAnswer = await ask(
      offered.length
        ? 'Chọn số trong danh sách, hoặc gõ lại tên (Enter để điền sau): '
        : 'Tỉnh, thành phố (Enter để điền sau): ',
    );
  }
  if (province) {
    const p = provinceByName(province)!;
    const [y, m, d] = mergerDate.split('-');
    console.log(
      p.current
        ? `  → ${province}`
        : `  → ${province} (từ ngày ${d}/${m}/${y} thuộc ${p.currentName}; trang tự ghi tên hiện nay)`,
    );
  }
  return province;
}

/** "Tạo tệp …? (C/k)": stops without writing when the answer is no. Only asked after another question. */
async function confirm(file: string): Promise<void> {
  if (interactive && asked) {
    const ok = await ask(`\nTạo tệp ${shown(file)}? (C/k) `);
    if (/^(k|n)/i.test(ok)) {
      console.log('Đã hủy, chưa tạo tệp nào.');
      process.exit(0);
    }
  }
  rl?.close();
}

// ------------------------------------------------------------------ data files

/** The unit or campaign type from --type or a question, accents optional; undefined to fill in later. */
async function chooseType(kind: 'don-vi' | 'phong-trao'): Promise<string | undefined> {
  const types = typesOf[kind];
  const what = kind === 'don-vi' ? 'loại đơn vị' : 'loại phong trào';
  const list = types.map((t) => `${t.id} (${t.label})`).join(', ');
  let answer = flags.type === undefined ? undefined : nfc(flags.type).trim();
  if (answer === undefined && interactive) {
    console.log(`\n${what[0]!.toUpperCase()}${what.slice(1)}:`);
    types.forEach((t, i) => console.log(`  ${i + 1}. ${t.label} (${t.id})`));
    answer = await ask('Chọn số hoặc gõ tên (Enter để điền sau): ');
  }
  while (answer) {
    const choice = kind === 'don-vi' ? pickUnitType(answer) : pickCampaignType(answer);
    if (choice.status === 'found') {
      console.log(`  → ${choice.value}`);
      return choice.value;
    }
    const message = `${choiceMessage(what, answer, choice)} Danh mục: ${list}.`;
    if (!interactive) fail(message);
    console.log(message);
    answer = await ask('Chọn số hoặc gõ tên (Enter để điền sau): ');
  }
  return undefined;
}

/** A đơn vị, phong trào or bộ sưu tập: content/<kind>/<id>.yaml. */
async function newDataFile(kind: DataKindId): Promise<void> {
  const label = newKinds.find((k) => k.id === kind)!.label.toLowerCase();
  const given = flags.name ?? flags.title;
  let plan: DataFilePlan | undefined;
  let name = given === undefined ? '' : nfc(given).trim();
  if (given !== undefined) {
    plan = planDataFile(root, kind, name, cwd);
    if (!plan.ok) {
      if (!interactive) fail(plan.message);
      console.log(plan.message);
    }
  } else if (!interactive) fail(`Thiếu tên: thêm --name "…" (tên ${label}).`);
  while (!plan?.ok) {
    name = await ask(`Tên ${label}: `);
    plan = planDataFile(root, kind, name, cwd);
    if (!plan.ok) console.log(plan.message);
  }
  if (interactive) console.log(`  → tệp ${shown(plan.file)}, mã ${plan.id}`);

  const type = kind === 'bo-suu-tap' ? undefined : await chooseType(kind);
  const province = kind === 'don-vi' ? await chooseProvince(flags.province) : undefined;
  await confirm(plan.file);

  const { text, todo } = renderDataFile(
    { kind, name, type, province },
    { shapes: readShapeLiterals(), today: todayInVietnam() },
  );
  try {
    mkdirSync(path.dirname(plan.file), { recursive: true });
    writeFileSync(plan.file, text, { flag: 'wx' });
  } catch (error) {
    fail(`Không ghi được ${shown(plan.file)}: ${(error as Error).message}`);
  }
  if (interactive) console.log('');
  console.log(dataNextSteps({ file: shown(plan.file), kind, id: plan.id, todo }));
  const unused = Object.entries({
    '--field': flags.field,
    '--summary': flags.summary,
    '--position': flags.position,
    '--type': kind === 'bo-suu-tap' ? flags.type : undefined,
    '--province': kind === 'don-vi' ? undefined : flags.province,
  }).filter(([, v]) => v !== undefined);
  if (unused.length)
    console.log(`\nLưu ý: ${unused.map(([k]) => k).join(', ')} không dùng cho ${label}, nên đã bỏ qua.`);
}
