import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { issuesToProblems, keysAt, type Locate } from '../../src/lib/error-map.ts';
import { ContentError, formatProblem, formatProblems, type Problem } from '../../src/lib/problems.ts';
import { collectionSchema } from '../../src/schemas/collection.ts';
import { imagePath } from '../../src/schemas/media.ts';
import { modelSchema } from '../../src/schemas/model.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

const person = personSchema(imagePath);
const FILE = 'content/ca-nhan/nguyen-thi-mai/index.mdx';

const personOk = {
  title: 'Nguyễn Thị Mai',
  summary: 'Bí thư chi bộ ấp tận tụy, gần dân.',
  fields: ['Dân vận'],
  place: { province: 'Cần Thơ' },
  cover: { src: './anh-bia.jpg', alt: 'Bà Mai', credit: 'Ảnh: T.T' },
  sources: [{ title: 'Bài báo', publisher: 'Báo Cần Thơ' }],
  published: '2024-01-02',
  position: 'Bí thư Chi bộ',
  living: false,
};

const nowhere: Locate = () => undefined;

/** Issues the way the loaders get them: with `reportInput: true`, which the fixes rely on. */
function problemsFor(schema: z.ZodType, input: unknown, locate: Locate = nowhere, withSchema = true): Problem[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  return issuesToProblems(result.error.issues, FILE, locate, withSchema ? schema : undefined);
}

const brief = (ps: Problem[]) => ps.map((p) => [p.field, p.message, p.fix]);

describe('issuesToProblems', () => {
  it('tells how to add a missing field', () => {
    const { title: _title, ...rest } = personOk;
    expect(problemsFor(person, rest)).toEqual([
      {
        file: FILE,
        field: 'title',
        message: 'Thiếu tiêu đề (title).',
        fix: 'Thêm dòng "title: …" vào phần đầu tệp (giữa hai dòng ---).',
      },
    ]);
  });

  it('names the last key of a nested missing field, and points at its parent', () => {
    const locate: Locate = (path) => (path.join('.') === 'consent' ? { line: 12, column: 1 } : undefined);
    expect(problemsFor(person, { ...personOk, living: true, consent: { by: 'Bà Mai' } }, locate)).toEqual([
      {
        file: FILE,
        line: 12,
        column: 1,
        field: 'consent.date',
        message: 'Thiếu ngày đồng ý (consent.date).',
        fix: 'Thêm dòng "date: …" vào nhóm consent (viết thụt lề bên dưới dòng "consent:").',
      },
    ]);
  });

  it('suggests the listed value an editor meant, ignoring accents', () => {
    expect(brief(problemsFor(person, { ...personOk, place: { province: 'Quang Ninh' } }))).toEqual([
      ['place.province', 'Tỉnh, thành phố "Quang Ninh" không có trong danh mục.', 'Sửa thành "Quảng Ninh".'],
    ]);
    expect(brief(problemsFor(person, { ...personOk, fields: ['Dan van'] }))).toEqual([
      ['fields.0', 'Lĩnh vực "Dan van" không có trong danh mục.', 'Sửa thành "Dân vận".'],
    ]);
    expect(
      brief(
        problemsFor(unitSchema, {
          name: 'a',
          type: 'cap uy',
          description: 'b',
          sources: [{ title: 'c', publisher: 'd' }],
        }),
      ),
    ).toEqual([['type', 'Loại đơn vị (type) "cap uy" không có trong danh mục.', 'Sửa thành "cap-uy".']]);
  });

  it('points to the list when no value is close', () => {
    expect(brief(problemsFor(person, { ...personOk, place: { province: 'Sài Gòn' } }))).toEqual([
      [
        'place.province',
        'Tỉnh, thành phố "Sài Gòn" không có trong danh mục.',
        'Chọn một giá trị trong danh mục (xem CONTRIBUTING.md).',
      ],
    ]);
  });

  it('words unknown keys in Vietnamese and suggests the key that was meant', () => {
    expect(brief(problemsFor(person, { ...personOk, sumary: 'x' }))).toEqual([
      ['sumary', 'Trường "sumary" không có trong mẫu.', 'Bạn có định viết "summary" không?'],
    ]);
    const { position: _position, living: _living, ...entry } = personOk;
    expect(brief(problemsFor(modelSchema(imagePath), { ...entry, model: { goal: 'x' } }))).toEqual([
      ['model.goal', 'Trường "goal" không có trong mẫu.', 'Bạn có định viết "goals" không?'],
    ]);
  });

  it('suggests "title" for the typo "titel"', () => {
    expect(brief(problemsFor(person, { ...personOk, titel: 'Nguyễn Thị Mai' }))).toEqual([
      ['titel', 'Trường "titel" không có trong mẫu.', 'Bạn có định viết "title" không?'],
    ]);
  });

  it('gives a generic fix for an unknown key when nothing is close or no schema is passed', () => {
    expect(brief(problemsFor(person, { ...personOk, ghiChu: 'x' }))).toEqual([
      ['ghiChu', 'Trường "ghiChu" không có trong mẫu.', 'Xóa dòng này hoặc xem lại tên trường trong CONTRIBUTING.md.'],
    ]);
    expect(brief(problemsFor(person, { ...personOk, sumary: 'x' }, nowhere, false))).toEqual([
      ['sumary', 'Trường "sumary" không có trong mẫu.', 'Xóa dòng này hoặc xem lại tên trường trong CONTRIBUTING.md.'],
    ]);
  });

  it('reports each unknown key of one issue separately, nested ones with their path', () => {
    expect(brief(problemsFor(person, { ...personOk, place: { province: 'Cần Thơ', ward: 'x', xa: 'y' } }))).toEqual([
      [
        'place.ward',
        'Trường "ward" không có trong mẫu.',
        'Xóa dòng này hoặc xem lại tên trường trong CONTRIBUTING.md.',
      ],
      ['place.xa', 'Trường "xa" không có trong mẫu.', 'Xóa dòng này hoặc xem lại tên trường trong CONTRIBUTING.md.'],
    ]);
  });

  it("keeps the schema's message and its fix", () => {
    expect(problemsFor(person, { ...personOk, published: '2023-02-31' })).toEqual([
      {
        file: FILE,
        field: 'published',
        message: 'Ngày đăng (published) "2023-02-31" không có thật trên lịch.',
        fix: 'Xem lại ngày và tháng theo nguồn.',
      },
    ]);
  });

  it('answers a date written another way with its ISO form', () => {
    for (const [written, iso] of [
      ['04/12/2026', '2026-12-04'],
      ['4-12-2026', '2026-12-04'],
      ['ngày 4 tháng 12 năm 2026', '2026-12-04'],
      ['4 tháng 12, 2026', '2026-12-04'],
      ['2026/12/04', '2026-12-04'],
      ['2026-12-4', '2026-12-04'],
    ])
      expect(problemsFor(person, { ...personOk, published: written })[0]?.fix, written).toBe(
        `Bạn có định viết ${iso}?`,
      );
    expect(problemsFor(person, { ...personOk, published: '31/02/2023' })[0]?.fix).toBe(
      'Viết năm (bốn chữ số), tháng rồi ngày (hai chữ số), nối bằng dấu gạch ngang, ví dụ 2023-09-06.',
    );
  });

  it('suggests the vocabulary values that hold every word written', () => {
    expect(problemsFor(person, { ...personOk, fields: ['Đạo đức công vụ'] })[0]?.fix).toBe(
      'Sửa thành "Cải cách hành chính, đạo đức công vụ".',
    );
    expect(problemsFor(person, { ...personOk, fields: ['Dan van'] })[0]?.fix).toBe('Sửa thành "Dân vận".');
  });

  it('takes line and column from the locate function', () => {
    const lines: Record<string, number> = { sumary: 3, 'place.province': 6 };
    const locate: Locate = (path) => (lines[path.join('.')] ? { line: lines[path.join('.')]!, column: 1 } : undefined);
    const problems = problemsFor(person, { ...personOk, sumary: 'x', place: { province: 'Quang Ninh' } }, locate);
    expect(problems.map((p) => [p.field, p.line, p.column])).toEqual([
      ['place.province', 6, 1],
      ['sumary', 3, 1],
    ]);
  });

  it('calls a problem of the whole file "phần đầu"', () => {
    const result = person.safeParse('không phải bảng', { reportInput: true });
    expect(result.success).toBe(false);
    expect(issuesToProblems(result.error!.issues, FILE, nowhere).map((p) => p.field)).toEqual(['phần đầu']);
  });
});

describe('keysAt', () => {
  it('lists the keys of the object at a path, through optional, default and array wrappers', () => {
    expect(keysAt(person, [])).toEqual(expect.arrayContaining(['title', 'summary', 'living', 'consent']));
    expect(keysAt(person, ['cover'])).toEqual(['src', 'alt', 'credit', 'shared']);
    expect(keysAt(person, ['consent'])).toEqual(['by', 'date', 'source', 'note']);
    expect(keysAt(person, ['recognitions', 0])).toEqual([
      'year',
      'yearUnknown',
      'form',
      'issuer',
      'reason',
      'campaign',
      'decision',
      'date',
    ]);
    expect(keysAt(collectionSchema, ['kiosk'])).toEqual(['idleSeconds', 'slideSeconds']);
    expect(keysAt(modelSchema(imagePath), ['model', 'outputs', 2])).toEqual(['label', 'value', 'unit']);
  });

  it('gives [] when the path does not lead to an object', () => {
    expect(keysAt(person, ['title'])).toEqual([]);
    expect(keysAt(person, ['nope'])).toEqual([]);
    expect(keysAt(person, ['recognitions', 'x'])).toEqual([]);
  });
});

describe('formatting problems', () => {
  const located: Problem = {
    file: FILE,
    line: 4,
    column: 3,
    field: 'place.province',
    message: 'Tỉnh sai.',
    fix: 'Sửa thành "Quảng Ninh".',
  };
  const bare: Problem = { file: 'content/don-vi/a.yaml', field: 'nội dung', message: 'Bài viết chưa có nội dung.' };

  it('prints one line per problem: where, field, message → fix', () => {
    expect(formatProblem(located)).toBe(`${FILE}:4:3  place.province  Tỉnh sai. → Sửa thành "Quảng Ninh".`);
    expect(formatProblem(bare)).toBe('content/don-vi/a.yaml  nội dung  Bài viết chưa có nội dung.');
    expect(formatProblem({ ...located, column: undefined })).toBe(
      `${FILE}:4:1  place.province  Tỉnh sai. → Sửa thành "Quảng Ninh".`,
    );
  });

  it('ends the report with a count of problems and files', () => {
    expect(formatProblems([located, { ...located, line: 9 }, bare]).split('\n')).toEqual([
      formatProblem(located),
      formatProblem({ ...located, line: 9 }),
      formatProblem(bare),
      '3 lỗi trong 2 tệp.',
    ]);
  });

  it('ContentError carries the problems and shows the report instead of a stack', () => {
    const error = new ContentError([located]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual([located]);
    expect(error.message).toBe(
      `Nội dung có lỗi, cần sửa trước khi đăng:\n${formatProblem(located)}\n1 lỗi trong 1 tệp.`,
    );
    expect(error.stack).toBe(error.message);
  });
});
