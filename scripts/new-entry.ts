/**
 * `npm run new`: tạo thư mục và tệp index.mdx cho một bài mới (cá nhân, tập thể
 * hoặc mô hình), có sẵn mọi trường kèm ghi chú giải thích.
 *
 *   npm run new                      hỏi từng bước (khi chạy trong cửa sổ lệnh)
 *   npm run new -- --kind tap-the --title "Chi bộ ấp Thới An" --province "can tho" --field "dan van" --yes
 *
 * Phần xử lý nằm ở src/lib/new-entry.ts; tệp này chỉ hỏi, ghi tệp và in hướng dẫn.
 * Cần Node 24 (chạy thẳng TypeScript).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { fieldLabels } from '../src/data/fields.ts';
import { kindById, kinds, type KindId } from '../src/data/kinds.ts';
import { mergerDate, provinceByName } from '../src/data/provinces.ts';
import { nfc } from '../src/lib/fold.ts';
import {
  choiceMessage,
  displayPath,
  nextSteps,
  parseFields,
  pickKind,
  pickProvince,
  planEntry,
  renderEntry,
  todayInVietnam,
  type EntryPlan,
} from '../src/lib/new-entry.ts';
import { readShapeLiterals } from '../src/lib/schema-docs.ts';

const HELP = `npm run new: tạo thư mục và tệp index.mdx cho một bài mới.

Cách dùng:
  npm run new
      hỏi từng bước
  npm run new -- --kind tap-the --title "Chi bộ ấp Thới An" --province "can tho" --field "dan van" --yes
      không hỏi gì, dùng các giá trị đã cho

Tùy chọn (khi chạy bằng npm run, viết sau hai dấu --):
  --kind <loại>          ca-nhan (cá nhân), tap-the (tập thể) hoặc mo-hinh (mô hình)
  --title "<tiêu đề>"    họ tên người, tên tập thể hoặc tên mô hình
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

// Loại bài.
let kind: KindId | undefined;
if (flags.kind !== undefined) {
  const choice = pickKind(flags.kind);
  if (choice.status === 'found') kind = choice.value;
  else if (!interactive) fail(`Loại bài "${flags.kind}" không có. Dùng --kind ca-nhan, tap-the hoặc mo-hinh.`);
  else console.log(`Loại bài "${flags.kind}" không có.`);
}
if (!kind && !interactive) fail('Thiếu loại bài: thêm --kind ca-nhan, --kind tap-the hoặc --kind mo-hinh.');
while (!kind) {
  console.log('Loại bài:');
  kinds.forEach((k, i) => console.log(`  ${i + 1}. ${k.label}: ${k.description}`));
  const choice = pickKind(await ask('Chọn 1, 2 hoặc 3: '));
  if (choice.status === 'found') kind = choice.value;
  else console.log('Hãy gõ 1, 2 hoặc 3.');
}

// Tiêu đề và thư mục.
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

// Tỉnh, thành phố.
let province: string | undefined;
let provinceAnswer = flags.province;
if (provinceAnswer === undefined && interactive)
  provinceAnswer = await ask(
    'Tỉnh, thành phố như nguồn nêu (gõ không dấu cũng được; Enter để điền sau): ',
  );
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

// Lĩnh vực.
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

// Chức vụ, tóm tắt.
let position = flags.position === undefined ? undefined : nfc(flags.position).trim();
if (kind === 'ca-nhan' && position === undefined && interactive)
  position = await ask('\nChức vụ, nghề nghiệp (ví dụ "Bí thư Chi bộ ấp Thới An"; Enter để điền sau): ');
let summary = flags.summary === undefined ? undefined : nfc(flags.summary).trim();
if (summary === undefined && interactive)
  summary = await ask('Tóm tắt một hoặc hai câu, tối đa 320 ký tự (Enter để điền sau): ');

if (interactive && asked) {
  const ok = await ask(`\nTạo tệp ${shown(plan.file)}? (C/k) `);
  if (/^(k|n)/i.test(ok)) {
    console.log('Đã hủy, chưa tạo tệp nào.');
    process.exit(0);
  }
}
rl?.close();

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
