import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kindIds, type KindId } from '../../src/data/kinds.ts';
import { keysAt } from '../../src/lib/error-map.ts';
import {
  choiceMessage,
  fieldDocs,
  nextSteps,
  parseFields,
  pickField,
  pickKind,
  pickProvince,
  planEntry,
  renderEntry,
  todayInVietnam,
  yamlString,
  type EntryAnswers,
} from '../../scripts/lib/new-entry.ts';
import { fieldDescription, readShapeLiterals, type ShapeLiteral } from '../../scripts/lib/schema-docs.ts';
import { checkEntry, checkEntryFile } from '../../src/checks/check-entry.ts';
import type { ContentIndex } from '../../src/checks/content-index.ts';
import { dataSchemas, entrySchemas } from '../../src/schemas/index.ts';
import { fill, switchOn, writeOver, writeStory } from '../support/template.ts';
import { imagePath } from '../../src/schemas/media.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-11-20';
const shapes = readShapeLiterals();
/** The explanations of a person's fields, as the template reads them. */
const docs = fieldDocs('ca-nhan', shapes);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'guong-sang-new-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('picking a province, a field, a kind', () => {
  it('finds a province without accents, old or new name', () => {
    expect(pickProvince('can tho')).toEqual({ status: 'found', value: 'Cần Thơ' });
    expect(pickProvince('soc trang')).toEqual({ status: 'found', value: 'Sóc Trăng' });
    expect(pickProvince('  CAN   THO ')).toEqual({ status: 'found', value: 'Cần Thơ' });
    expect(pickProvince('thành phố Cần Thơ')).toEqual({ status: 'found', value: 'Cần Thơ' });
    expect(pickProvince('tinh quang ninh')).toEqual({ status: 'found', value: 'Quảng Ninh' });
    expect(pickProvince('dak lak')).toEqual({ status: 'found', value: 'Đắk Lắk' });
    expect(pickProvince('ba ria vung tau')).toEqual({ status: 'found', value: 'Bà Rịa – Vũng Tàu' });
    expect(pickProvince('vung tau')).toEqual({ status: 'found', value: 'Bà Rịa – Vũng Tàu' });
    expect(pickProvince('sai gon')).toEqual({ status: 'found', value: 'Hồ Chí Minh' });
    expect(pickProvince('Cần Thơ'.normalize('NFD'))).toEqual({ status: 'found', value: 'Cần Thơ' });
  });

  it('lists the candidates when a name is ambiguous', () => {
    expect(pickProvince('tho')).toEqual({ status: 'ambiguous', options: ['Phú Thọ', 'Cần Thơ'] });
    const quang = pickProvince('quang');
    expect(quang.status).toBe('ambiguous');
    expect(quang.status !== 'found' && quang.options).toEqual(
      expect.arrayContaining(['Quảng Ninh', 'Quảng Trị', 'Quảng Ngãi', 'Quảng Bình', 'Quảng Nam']),
    );
    expect(choiceMessage('tỉnh, thành phố', 'tho', pickProvince('tho'))).toBe(
      '"tho" khớp với nhiều tỉnh, thành phố: "Phú Thọ", "Cần Thơ". Hãy gõ rõ hơn.',
    );
  });

  it('lists the closest names for an unknown one, and nothing for nonsense', () => {
    const typo = pickProvince('Quang Nnh');
    expect(typo.status).toBe('unknown');
    expect(typo.status !== 'found' && typo.options[0]).toBe('Quảng Ninh');
    expect(choiceMessage('tỉnh, thành phố', 'Can Thoo', pickProvince('Can Thoo'))).toBe(
      'Không có tỉnh, thành phố nào tên "Can Thoo". Gần nhất: "Cần Thơ", "Phú Thọ".',
    );
    expect(pickProvince('xyzw')).toEqual({ status: 'unknown', options: [] });
    expect(choiceMessage('tỉnh, thành phố', 'xyzw', pickProvince('xyzw'))).toBe(
      'Không có tỉnh, thành phố nào tên "xyzw".',
    );
  });

  it('finds a field without accents, by whole words', () => {
    expect(pickField('dan van')).toEqual({ status: 'found', value: 'Dân vận' });
    expect(pickField('XAY DUNG DANG')).toEqual({ status: 'found', value: 'Xây dựng Đảng' });
    expect(pickField('an sinh')).toEqual({ status: 'found', value: 'An sinh xã hội, từ thiện' });
    expect(pickField('an sinh xa hoi, tu thien')).toEqual({ status: 'found', value: 'An sinh xã hội, từ thiện' });
    // "tho" only starts a word ("thôn"): asked, not guessed.
    expect(pickField('tho').status).not.toBe('found');
  });

  it('reads several fields from one answer: names, numbers, ";" or ","', () => {
    expect(parseFields('dan van; an sinh xa hoi, tu thien')).toEqual({
      fields: ['Dân vận', 'An sinh xã hội, từ thiện'],
      errors: [],
    });
    expect(parseFields('dan van, xay dung dang').fields).toEqual(['Dân vận', 'Xây dựng Đảng']);
    expect(parseFields('11; 4; dan van').fields).toEqual(['Dân vận', 'An sinh xã hội, từ thiện']);
    expect(parseFields('99').errors).toEqual(['Không có lĩnh vực số 99: chọn từ 1 đến 14.']);
    expect(parseFields('dan vn').errors).toEqual(['Không có lĩnh vực nào tên "dan vn". Có phải "Dân vận"?']);
  });

  it('finds a kind by id, label or number', () => {
    expect(pickKind('tap-the')).toEqual({ status: 'found', value: 'tap-the' });
    expect(pickKind('cá nhân')).toEqual({ status: 'found', value: 'ca-nhan' });
    expect(pickKind('mo hinh')).toEqual({ status: 'found', value: 'mo-hinh' });
    expect(pickKind('2')).toEqual({ status: 'found', value: 'tap-the' });
    expect(pickKind('khac').status).toBe('unknown');
  });
});

describe('planEntry', () => {
  it('puts the entry in <root>/<kind>/<slug>/index.mdx, đ → d', () => {
    const root = path.join(tmp, 'plan');
    expect(planEntry(root, 'ca-nhan', 'Đặng Văn Đức', tmp)).toEqual({
      ok: true,
      slug: 'dang-van-duc',
      dir: path.join(root, 'ca-nhan', 'dang-van-duc'),
      file: path.join(root, 'ca-nhan', 'dang-van-duc', 'index.mdx'),
    });
    expect(planEntry(root, 'tap-the', '  Đảng ủy   Khối  ', tmp)).toMatchObject({ slug: 'dang-uy-khoi' });
  });

  it('refuses a folder that exists, in Vietnamese', () => {
    const root = path.join(tmp, 'plan-exists');
    mkdirSync(path.join(root, 'tap-the', 'chi-bo-ap-thoi-an'), { recursive: true });
    expect(planEntry(root, 'tap-the', 'Chi bộ ấp Thới An', root)).toEqual({
      ok: false,
      message:
        'Thư mục tap-the/chi-bo-ap-thoi-an/ đã có: bài "Chi bộ ấp Thới An" có thể đã được tạo. Mở tệp index.mdx trong thư mục đó để sửa, hoặc thêm chi tiết phân biệt vào tiêu đề (ví dụ tên xã, năm).',
    });
    // The same address in another kind is refused too: the content check reports it.
    expect(planEntry(root, 'mo-hinh', 'Chi bộ ấp Thới An', root)).toEqual({
      ok: false,
      message:
        'Đã có một mục khác cùng tên ở tap-the/chi-bo-ap-thoi-an/ (tập thể). Nếu là cùng một người, đơn vị hay mô hình, hãy bổ sung vào bài đó; nếu khác, thêm chi tiết phân biệt vào tiêu đề.',
    });
  });

  it('refuses a title with nothing to name a folder', () => {
    expect(planEntry(tmp, 'ca-nhan', '   ')).toEqual({ ok: false, message: 'Tiêu đề không được để trống.' });
    expect(planEntry(tmp, 'ca-nhan', '…')).toEqual({
      ok: false,
      message: 'Tiêu đề "…" không có chữ hay số nào để đặt tên thư mục.',
    });
  });

  it('knows today in Việt Nam', () => {
    expect(todayInVietnam(new Date('2026-11-20T18:30:00Z'))).toBe('2026-11-21');
    expect(todayInVietnam(new Date('2026-11-20T16:30:00Z'))).toBe('2026-11-20');
  });
});

describe('field explanations come from the schema files', () => {
  it('reads the JSDoc comments of src/schemas, for the object each field sits in', () => {
    expect(docs('title')).toBe('Họ tên người, tên tập thể hoặc tên mô hình.');
    expect(docs('place.province')).toBe(
      'Tỉnh, thành phố như nguồn nêu (tên trước hoặc sau sáp nhập 2025), ví dụ "Cần Thơ" hoặc "TP. Cần Thơ".',
    );
    expect(docs('living')).toMatch(/^Còn sống \(true\) hay đã mất \(false\), nếu nguồn cho biết;/);
    // The same key in different objects: each has its own explanation.
    expect(docs('sources.0.title')).toBe('Tiêu đề bài viết hoặc văn bản.');
    expect(docs('cover.src')).toContain('./anh-bia.jpg');
    expect(docs('gallery.0.src')).toContain('./hoat-dong-1.jpg');
    expect(fieldDocs('mo-hinh', shapes)('model.outputs.0.unit')).toBe(
      'Đơn vị tính, nếu có (ví dụ "pano", "lượt người").',
    );
    // The shared reader answers for any object whose keys are known, data collections too.
    const kiosk = Object.keys(dataSchemas['bo-suu-tap'].shape.kiosk.unwrap().shape);
    expect(fieldDescription(shapes, kiosk, 'idleSeconds')).toBe(
      'Số giây không chạm trước khi hỏi "Bạn vẫn đang xem?".',
    );
  });

  it('refuses a field its kind does not have', () => {
    expect(() => docs('memberCount')).toThrow('ca-nhan.memberCount: trường "memberCount" không có trong schema');
    expect(() => docs('cover.caption')).toThrow('ca-nhan.cover.caption: trường "caption" không có trong schema');
  });

  it('stops when a field has no comment to show', () => {
    expect(() => renderEntry({ kind: 'ca-nhan', title: 'A' }, { shapes: [], today: TODAY })).toThrow(
      'ca-nhan.title: không tìm thấy khai báo của trường "title" trong src/schemas.',
    );
    const withoutTitle = shapes.map((s): ShapeLiteral =>
      s.where.startsWith('src/schemas/entry.ts:') ? { ...s, docs: new Map([...s.docs, ['title', undefined]]) } : s,
    );
    expect(() => renderEntry({ kind: 'ca-nhan', title: 'A' }, { shapes: withoutTitle, today: TODAY })).toThrow(
      /^src\/schemas\/entry\.ts:\d+: trường "title" chưa có chú thích JSDoc/,
    );
  });

  it('writes each explanation just above its field', () => {
    const { text } = renderEntry({ kind: 'ca-nhan', title: 'Nguyễn Thị Mai' }, { shapes, today: TODAY });
    const lines = text.split('\n');
    const above = (line: string) => lines[lines.indexOf(line) - 1];
    expect(above('summary: "" # … cần điền')).toBe(`# ${docs('summary')} Tối đa 320 ký tự.`);
    // No photo is the common case: the cover group is there, switched off, its fields explained above it.
    expect(above('# cover:')).toMatch(/^# {5}một buổi lễ chung\); không có dòng này/);
    expect(text).toContain(`#   · src: ${docs('cover.src').slice(0, 40)}`);
    expect(above('# gender: nữ')).toBe(`# ${docs('gender')} Ghi "nam" hoặc "nữ". (Không bắt buộc.)`);
  });
});

const index: ContentIndex = {
  units: new Set(['quan-uy-o-mon']),
  campaigns: new Set(['ket-luan-01-kl-tw']),
  entries: new Set(['mo-hinh/cho-0-dong']),
};

const answers: Record<KindId, EntryAnswers> = {
  'ca-nhan': { kind: 'ca-nhan', title: 'Đặng Thị Đào', province: 'Sóc Trăng', fields: ['Giáo dục, đào tạo'] },
  'tap-the': { kind: 'tap-the', title: 'Chi bộ ấp Thới An', province: 'Cần Thơ', fields: ['Dân vận'] },
  'mo-hinh': { kind: 'mo-hinh', title: 'Chợ 0 đồng ở Ô Môn' },
};

async function bundle(kind: KindId, text: string) {
  const plan = planEntry(path.join(tmp, 'content'), kind, answers[kind].title);
  if (!plan.ok) throw new Error(plan.message);
  mkdirSync(plan.dir, { recursive: true });
  writeFileSync(plan.file, text);
  const jpeg = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 180, g: 30, b: 30 } } })
      .jpeg({ quality: 60 })
      .toBuffer();
  writeFileSync(path.join(plan.dir, 'anh-bia.jpg'), await jpeg(1600, 1000));
  writeFileSync(path.join(plan.dir, 'anh-1.jpg'), await jpeg(800, 500));
  const file = path.relative(tmp, plan.file).split(path.sep).join('/');
  return { file, absolute: plan.file };
}

describe.each(kindIds)('the %s template', (kind) => {
  const rendered = renderEntry(answers[kind], { shapes, today: TODAY });

  it('is YAML frontmatter with the answers and today, the cover switched off', () => {
    const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(rendered.text)![1]!) as Record<string, unknown>;
    expect(data).toMatchObject({
      title: answers[kind].title,
      published: TODAY,
      sample: false,
      sources: [{ title: '', publisher: '' }],
    });
    expect(data).not.toHaveProperty('cover');
    expect(data.fields).toEqual(answers[kind].fields ?? ['']);
    expect(data.place).toEqual({ province: answers[kind].province ?? '' });
    expect(rendered.text).toBe(rendered.text.normalize('NFC'));
  });

  it('is caught by the content check until it is filled in', () => {
    const plan = planEntry(path.join(tmp, 'unused'), kind, answers[kind].title);
    const file = `content/${kind}/${plan.ok ? plan.slug : ''}/index.mdx`;
    const checked = checkEntry(kind, file, rendered.text, index);
    const fields = checked.problems.map((p) => p.field);
    // Every placeholder is reported, and so is the unwritten story.
    expect(fields).toEqual(expect.arrayContaining([...rendered.todo, 'nội dung']));
    expect(checked.problems.find((p) => p.field === 'nội dung')?.message).toBe('Bài viết chưa có nội dung.');
    if (kind === 'mo-hinh') expect(fields).toContain('model');
    expect(checked.data).toBeUndefined();
  });

  it('passes the content check once filled in (placeholders, one model item, a story)', async () => {
    let text = writeStory(fill(rendered.text));
    if (kind === 'mo-hinh') text = text.replace('  # situation: …', '  situation: Bà con gặp khó khăn vì dịch bệnh.');
    const { file, absolute } = await bundle(kind, text);
    expect(checkEntry(kind, file, text, index).problems).toEqual([]);
    expect((await checkEntryFile(kind, file, absolute, text, index)).problems).toEqual([]);
    rmSync(path.dirname(absolute), { recursive: true });
  });

  it('lists every field of its kind, each valid once switched on', async () => {
    const text = writeStory(writeOver(switchOn(fill(rendered.text))));
    const { file, absolute } = await bundle(kind, text);
    const checked = checkEntry(kind, file, text, index);
    expect(checked.problems).toEqual([]);
    expect((await checkEntryFile(kind, file, absolute, text, index)).problems).toEqual([]);
    const raw = checked.raw!;
    const schema = entrySchemas[kind](imagePath);
    const groups: (string | number)[][] = [[], ['place'], ['cover'], ['sources', 0], ['recognitions', 0]];
    groups.push(['gallery', 0], ['quote']);
    if (kind === 'ca-nhan') groups.push(['consent']);
    if (kind === 'mo-hinh') groups.push(['model'], ['model', 'outputs', 0]);
    // year and yearUnknown exclude each other: the first recognition has every key but yearUnknown, the second has it.
    // province and central too: the template writes province and says in its comment when to write central instead.
    // shared (a photo used by two entries on purpose) is explained in the picture's legend, not switched on.
    const excluded: Record<string, string[]> = {
      'recognitions.0': ['yearUnknown'],
      place: ['central'],
      cover: ['shared'],
      'gallery.0': ['shared'],
    };
    const oneOf = (at: (string | number)[]) => keysAt(schema, at).filter((k) => !excluded[at.join('.')]?.includes(k));
    for (const at of groups) {
      const value = at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], raw);
      expect(Object.keys(value as object).sort(), at.join('.') || 'top level').toEqual(oneOf(at).sort());
    }
    expect((raw.recognitions as Record<string, unknown>[])[1]).toMatchObject({ yearUnknown: true });
    rmSync(path.dirname(absolute), { recursive: true });
  });
});

describe('yamlString', () => {
  it('quotes only what needs quoting, and every label with a comma', () => {
    expect(yamlString('Chi bộ ấp Thới An')).toBe('Chi bộ ấp Thới An');
    expect(yamlString('An sinh xã hội, từ thiện')).toBe('"An sinh xã hội, từ thiện"');
    expect(yamlString('Ảnh: T.T')).toBe('"Ảnh: T.T"');
    expect(yamlString('Chợ "0 đồng"')).toBe('"Chợ \\"0 đồng\\""');
    expect(yamlString('2024')).toBe('"2024"');
    expect(yamlString('true')).toBe('"true"');
    expect(yamlString('- a')).toBe('"- a"');
    for (const s of ['Chợ "0 đồng"', 'a # b', '[x]', '@x', 'Ảnh: T.T', 'no'])
      expect(parse(`v: ${yamlString(s)}`).v).toBe(s);
  });
});

describe('nextSteps', () => {
  it('says what to do after the file is written', () => {
    const text = nextSteps({
      file: 'content/tap-the/chi-bo-ap-thoi-an/index.mdx',
      kind: 'tap-the',
      slug: 'chi-bo-ap-thoi-an',
      todo: ['summary', 'sources.0.title'],
    });
    expect(text).toContain('Đã tạo content/tap-the/chi-bo-ap-thoi-an/index.mdx');
    expect(text).toContain('anh-bia.jpg, rộng ít nhất 1.200 px');
    expect(text).toContain('Không có ảnh thì bỏ qua bước này: trang tự dựng bìa chữ "Chưa có ảnh".');
    expect(text).toContain('Còn 2 trường cần điền: summary, sources.0.title.');
    expect(text).toContain('npm run check:content');
    expect(text).toContain('http://localhost:4321/tap-the/chi-bo-ap-thoi-an/');
    expect(text).toContain('pull request');
  });
});

describe('npm run new (the command)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/editor/new-entry.ts', ...args], { cwd: ROOT, encoding: 'utf8', input: '' });

  it('creates the entry without questions', () => {
    const dir = path.join(tmp, 'cli');
    const result = run(
      ...['--kind', 'tap-the', '--title', 'Chi bộ ấp Thới An', '--province', 'can tho'],
      ...['--field', 'dan van', '--yes', '--dir', dir],
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = path.join(dir, 'tap-the', 'chi-bo-ap-thoi-an', 'index.mdx');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: Chi bộ ấp Thới An\n');
    expect(text).toContain('  province: Cần Thơ\n');
    expect(text).toContain('fields:\n  - Dân vận\n');
    expect(text).toContain(`published: ${todayInVietnam()}\n`);
    expect(result.stdout).toContain('Việc cần làm tiếp theo:');
    expect(result.stdout).toContain('anh-bia.jpg');
    expect(result.stdout).toContain('npm run check:content');
    expect(result.stdout).toContain('npm run dev');
    expect(result.stdout).toContain('pull request');

    const again = run('--kind', 'tap-the', '--title', 'Chi bộ ấp Thới An', '--yes', '--dir', dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('đã có');
  });

  it('stops with a Vietnamese message on an unknown or ambiguous province', () => {
    const dir = path.join(tmp, 'cli-bad');
    const unknown = run('--kind', 'ca-nhan', '--title', 'Nguyễn Văn A', '--province', 'Quang Nnh', '--dir', dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^Không có tỉnh, thành phố nào tên "Quang Nnh"\. Gần nhất: "Quảng Ninh"/);
    const ambiguous = run('--kind', 'ca-nhan', '--title', 'Nguyễn Văn A', '--province', 'tho', '--dir', dir);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('"tho" khớp với nhiều tỉnh, thành phố: "Phú Thọ", "Cần Thơ".');
    expect(run('--title', 'Nguyễn Văn A', '--dir', dir).stderr).toContain('Thiếu loại bài');
    expect(run('--kind', 'ca-nhan', '--dir', dir).stderr).toContain('Thiếu tiêu đề');
    expect(run('--titel', 'x').stderr).toContain('Không có tùy chọn --titel.');
    expect(existsSync(dir)).toBe(false);
  });
});
