import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keysAt } from '../../src/lib/error-map.ts';
import {
  dataKinds,
  dataNextSteps,
  pickCampaignType,
  pickNewKind,
  pickUnitType,
  planDataFile,
  renderDataFile,
  type DataAnswers,
  type DataKindId,
} from '../../scripts/lib/new-data-file.ts';
import { todayInVietnam } from '../../scripts/lib/new-entry.ts';
import { choiceMessage } from '../../scripts/lib/pick.ts';
import { readShapeLiterals } from '../../scripts/lib/schema-docs.ts';
import { checkDataFile } from '../../src/checks/check-entry.ts';
import type { ContentIndex } from '../../src/checks/content-index.ts';
import { dataSchemas } from '../../src/schemas/index.ts';
import { fill, switchOn } from '../support/template.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts', 'editor', 'new-entry.ts');
const TODAY = '2026-11-20';
const shapes = readShapeLiterals();

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'guong-sang-new-data-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const index: ContentIndex = {
  units: new Set(['quan-uy-o-mon']),
  campaigns: new Set(['ket-luan-01-kl-tw']),
  entries: new Set(['tap-the/quan-uy-o-mon']),
};

const answers: Record<DataKindId, DataAnswers> = {
  'don-vi': { kind: 'don-vi', name: 'Hội Nông dân xã Thới An', type: 'doan-the', province: 'Sóc Trăng' },
  'phong-trao': { kind: 'phong-trao', name: 'Dân vận khéo', type: 'phong-trao' },
  'bo-suu-tap': { kind: 'bo-suu-tap', name: 'Gương sáng Thới An' },
};
const ids: Record<DataKindId, string> = {
  'don-vi': 'hoi-nong-dan-xa-thoi-an',
  'phong-trao': 'dan-van-kheo',
  'bo-suu-tap': 'guong-sang-thoi-an',
};
/** What an editor writes for the collection's first entry. */
const item = 'tap-the/quan-uy-o-mon';

describe('picking what to create, a unit type, a campaign type', () => {
  it('offers the three data files after the three kinds of entry, accents optional', () => {
    expect(pickNewKind('don vi')).toEqual({ status: 'found', value: 'don-vi' });
    expect(pickNewKind('Phong trào')).toEqual({ status: 'found', value: 'phong-trao' });
    expect(pickNewKind('bo-suu-tap')).toEqual({ status: 'found', value: 'bo-suu-tap' });
    expect(pickNewKind('4')).toEqual({ status: 'found', value: 'don-vi' });
    expect(pickNewKind('6')).toEqual({ status: 'found', value: 'bo-suu-tap' });
    expect(pickNewKind('tap the')).toEqual({ status: 'found', value: 'tap-the' });
  });

  it('finds a type by its id, its label or a word of it, and suggests the closest', () => {
    expect(pickUnitType('doan-the')).toEqual({ status: 'found', value: 'doan-the' });
    expect(pickUnitType('mat tran')).toEqual({ status: 'found', value: 'doan-the' });
    expect(pickUnitType('Cơ quan nhà nước')).toEqual({ status: 'found', value: 'co-quan' });
    expect(pickCampaignType('cuoc van dong')).toEqual({ status: 'found', value: 'cuoc-van-dong' });
    expect(pickCampaignType('2')).toEqual({ status: 'found', value: 'phong-trao' });
    expect(choiceMessage('loại phong trào', 'cuoc van dongg', pickCampaignType('cuoc van dongg'))).toBe(
      'Không có loại phong trào nào tên "cuoc van dongg". Có phải "cuoc-van-dong"?',
    );
  });
});

describe('planDataFile', () => {
  it('names the file after the slug of the name, đ → d', () => {
    const root = path.join(tmp, 'plan');
    expect(planDataFile(root, 'don-vi', '  Đảng ủy   Khối  ', tmp)).toEqual({
      ok: true,
      id: 'dang-uy-khoi',
      file: path.join(root, 'don-vi', 'dang-uy-khoi.yaml'),
    });
  });

  it('refuses a file that exists, in Vietnamese', () => {
    const root = path.join(tmp, 'plan-exists');
    mkdirSync(path.join(root, 'phong-trao'), { recursive: true });
    writeFileSync(path.join(root, 'phong-trao', 'dan-van-kheo.yml'), 'name: Dân vận khéo\n');
    expect(planDataFile(root, 'phong-trao', 'Dân vận khéo', root)).toEqual({
      ok: false,
      message:
        'Tệp phong-trao/dan-van-kheo.yml đã có: "Dân vận khéo" có thể đã được tạo. Mở tệp đó để sửa, hoặc thêm chi tiết phân biệt vào tên (ví dụ tên xã, năm).',
    });
  });

  it('refuses a name with nothing to name a file', () => {
    expect(planDataFile(tmp, 'bo-suu-tap', '  ')).toEqual({
      ok: false,
      message: 'Tên bộ sưu tập không được để trống.',
    });
    expect(planDataFile(tmp, 'don-vi', '…')).toEqual({
      ok: false,
      message: 'Tên đơn vị "…" không có chữ hay số nào để đặt tên tệp.',
    });
  });
});

describe.each(dataKinds.map((k) => k.id))('the %s file', (kind) => {
  const rendered = renderDataFile(answers[kind], { shapes, today: TODAY });
  const file = `content/${kind}/${ids[kind]}.yaml`;

  it('is YAML with the answers, a comment header, placeholders to fill', () => {
    const data = parse(rendered.text) as Record<string, unknown>;
    const { name, type, province } = answers[kind];
    if (kind === 'bo-suu-tap') expect(data).toEqual({ title: name, description: '', entries: [''] });
    else
      expect(data).toMatchObject({
        name,
        type,
        description: '',
        sources: [{ title: '', publisher: '' }],
        sample: false,
      });
    if (kind === 'don-vi') expect(data.province).toBe(province);
    if (kind === 'phong-trao') expect(data.issuer).toBe('');
    expect(rendered.text.startsWith(`# ${dataKinds.find((k) => k.id === kind)!.label} "${name}"`)).toBe(true);
    expect(rendered.text).toContain(`Tạo bằng lệnh npm run new ngày ${TODAY}.`);
    expect(rendered.text).toBe(rendered.text.normalize('NFC'));
  });

  it('is caught by the content check until it is filled in', () => {
    const checked = checkDataFile(kind, file, rendered.text, index);
    expect(rendered.todo.length).toBeGreaterThan(0);
    expect(checked.problems.map((p) => p.field)).toEqual(expect.arrayContaining(rendered.todo));
    expect(checked.data).toBeUndefined();
  });

  it('passes the content check once filled in', () => {
    const filled = fill(rendered.text, { item });
    expect(checkDataFile(kind, file, filled, index).problems).toEqual([]);
  });

  it('lists every field of the schema, each valid once switched on', () => {
    const text = switchOn(fill(rendered.text, { item }));
    const checked = checkDataFile(kind, file, text, index);
    expect(checked.problems).toEqual([]);
    const raw = parse(text) as Record<string, unknown>;
    const schema = dataSchemas[kind];
    const groups: (string | number)[][] = kind === 'bo-suu-tap' ? [[], ['kiosk']] : [[], ['sources', 0]];
    for (const at of groups) {
      const value = at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], raw);
      expect(Object.keys(value as object).sort(), at.join('.') || 'top level').toEqual(keysAt(schema, at).sort());
    }
  });
});

describe('a field left to the editor', () => {
  it('leaves the type and the province to fill in when not answered', () => {
    const unit = renderDataFile({ kind: 'don-vi', name: 'Hội Nông dân xã Thới An' }, { shapes, today: TODAY });
    expect(unit.text).toContain('\ntype: "" # … cần điền: chọn một mã trong danh mục trên\n');
    expect(unit.text).toContain('\n# province: Cần Thơ\n');
    expect(unit.todo).toEqual(['type', 'description', 'sources.0.title', 'sources.0.publisher']);
    const checked = checkDataFile('don-vi', 'content/don-vi/hoi-nong-dan-xa-thoi-an.yaml', unit.text, index);
    expect(checked.problems.map((p) => p.field)).toContain('type');
  });
});

describe('dataNextSteps', () => {
  it('says what to fill, how to check, and how an entry refers to the new id', () => {
    expect(
      dataNextSteps({
        file: 'content/don-vi/hoi-nong-dan-xa-thoi-an.yaml',
        kind: 'don-vi',
        id: 'hoi-nong-dan-xa-thoi-an',
        todo: ['description'],
      }),
    ).toBe(
      [
        'Đã tạo content/don-vi/hoi-nong-dan-xa-thoi-an.yaml',
        '',
        'Việc cần làm tiếp theo:',
        '  1. Mở content/don-vi/hoi-nong-dan-xa-thoi-an.yaml, điền các trường có ghi chú "… cần điền". Còn 1 trường cần điền: description.',
        '     Ghi đúng như nguồn; mọi thông tin cần ít nhất một nguồn (sources).',
        '  2. Trường không bắt buộc đang tắt bằng dấu #: muốn dùng thì xóa dấu # và một dấu cách sau nó.',
        '  3. Chạy npm run check:content để kiểm tra; sửa theo từng dòng thông báo cho đến khi hết lỗi.',
        '  4. Gắn bài với đơn vị: trong index.mdx của bài, thêm mã đơn vị vào danh sách units:',
        '       units:',
        '         - hoi-nong-dan-xa-thoi-an',
        '     Bài tập thể thuộc đơn vị này còn có thể ghi parentUnit: hoi-nong-dan-xa-thoi-an; đơn vị cấp dưới ghi parent: hoi-nong-dan-xa-thoi-an.',
        '  5. Gửi tệp bằng một pull request (đề nghị thay đổi).',
      ].join('\n'),
    );
    const campaign = dataNextSteps({ file: 'f', kind: 'phong-trao', id: 'dan-van-kheo', todo: [] });
    expect(campaign).toContain(
      '  4. Gắn bài với phong trào: trong index.mdx của bài, thêm mã phong trào vào danh sách campaigns:\n       campaigns:\n         - dan-van-kheo\n',
    );
    expect(campaign).toContain('Lần khen thuộc phong trào này ghi campaign: dan-van-kheo trong nhóm recognitions.');
    expect(dataNextSteps({ file: 'f', kind: 'bo-suu-tap', id: 'guong-sang-thoi-an', todo: [] })).toContain(
      '  4. Chạy npm run dev rồi mở http://localhost:4321/bo-suu-tap/guong-sang-thoi-an/ để xem thử.',
    );
  });
});

describe('npm run new for a data file (the command)', () => {
  const run = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8', input: '' });
  const flags: Record<DataKindId, string[]> = {
    'don-vi': ['--name', 'Hội Nông dân xã Thới An', '--type', 'doan the', '--province', 'soc trang'],
    'phong-trao': ['--name', 'Dân vận khéo', '--type', 'phong trao thi dua'],
    'bo-suu-tap': ['--name', 'Gương sáng Thới An'],
  };

  it.each(dataKinds.map((k) => k.id))('creates the %s file with --yes, and refuses a second time', (kind) => {
    const cwd = mkdtempSync(path.join(tmp, 'cli-'));
    const result = run(cwd, '--kind', kind, ...flags[kind], '--yes', '--dir', 'content');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const shown = `content/${kind}/${ids[kind]}.yaml`;
    const text = readFileSync(path.join(cwd, shown), 'utf8');
    const expected = renderDataFile(
      { ...answers[kind], province: kind === 'don-vi' ? 'Sóc Trăng' : undefined },
      { shapes, today: todayInVietnam() },
    );
    expect(text).toBe(expected.text);
    expect(result.stdout).toContain(dataNextSteps({ file: shown, kind, id: ids[kind], todo: expected.todo }));

    const again = run(cwd, '--kind', kind, ...flags[kind], '--yes', '--dir', 'content');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      `Tệp ${shown} đã có: "${answers[kind].name}" có thể đã được tạo. Mở tệp đó để sửa, hoặc thêm chi tiết phân biệt vào tên (ví dụ tên xã, năm).\n`,
    );
  });

  it('stops with a Vietnamese message on a missing name or an unknown type', () => {
    const cwd = mkdtempSync(path.join(tmp, 'cli-bad-'));
    expect(run(cwd, '--kind', 'don-vi', '--yes').stderr).toBe('Thiếu tên: thêm --name "…" (tên đơn vị).\n');
    const unknown = run(cwd, '--kind', 'phong-trao', '--name', 'Dân vận khéo', '--type', 'cuoc van dongg', '--yes');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe(
      'Không có loại phong trào nào tên "cuoc van dongg". Có phải "cuoc-van-dong"? Danh mục: van-ban (Chỉ thị, kết luận), phong-trao (Phong trào thi đua), cuoc-van-dong (Cuộc vận động), trien-lam (Triển lãm), dot-bieu-duong (Đợt biểu dương).\n',
    );
    expect(existsSync(path.join(cwd, 'content'))).toBe(false);
  });
});
