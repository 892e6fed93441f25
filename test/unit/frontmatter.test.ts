import { describe, expect, it } from 'vitest';
import { parseSource, quoteValue } from '../../src/checks/frontmatter.ts';

const FILE = 'content/ca-nhan/nguyen-thi-mai/index.mdx';
const YAML_FIX = 'Kiểm tra dấu hai chấm, thụt lề bằng dấu cách (không dùng tab) và dấu ngoặc kép ở dòng này.';
const FENCE_FIX = 'Tệp phải bắt đầu bằng một dòng ---, tiếp theo là các trường, rồi một dòng --- nữa trước nội dung.';

const doc = [
  '---', //                         1
  'title: Nguyễn Thị Mai', //       2
  'summary: "Bí thư chi bộ"', //    3
  'place:', //                      4
  '  province: Cần Thơ', //         5
  'fields:', //                     6
  '  - Dân vận', //                 7
  '  - Xây dựng Đảng', //           8
  'published: 2024-01-02', //       9
  'living: true', //                10
  '---', //                         11
  '', //                            12
  'Bà Mai là bí thư chi bộ.', //    13
  '',
].join('\n');

const data = {
  title: 'Nguyễn Thị Mai',
  summary: 'Bí thư chi bộ',
  place: { province: 'Cần Thơ' },
  fields: ['Dân vận', 'Xây dựng Đảng'],
  published: '2024-01-02',
  living: true,
};

/** [line, message] of each problem. */
const lines = (text: string, kind: 'mdx' | 'yaml' = 'mdx') =>
  parseSource(text, FILE, kind).problems.map((p) => [p.line, p.message]);

describe('parseSource: mdx frontmatter', () => {
  it('splits data and body', () => {
    const source = parseSource(doc, FILE, 'mdx');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual(data);
    expect(source.body).toBe('\nBà Mai là bí thư chi bộ.\n');
    expect(source.bodyLine).toBe(12);
  });

  it('keeps YAML 1.2 scalars as written: an unquoted date stays text, yes stays text', () => {
    const source = parseSource(
      '---\npublished: 2023-09-06\nyear: 2023\nliving: yes\nflag: true\nempty:\n---\n',
      FILE,
      'mdx',
    );
    expect(source.data).toEqual({ published: '2023-09-06', year: 2023, living: 'yes', flag: true, empty: null });
  });

  it('finds the line and column of fields, nested fields and list items', () => {
    const { locate } = parseSource(doc, FILE, 'mdx');
    expect(locate(['title'])).toEqual({ line: 2, column: 1 });
    expect(locate(['summary'])).toEqual({ line: 3, column: 1 });
    expect(locate(['place'])).toEqual({ line: 4, column: 1 });
    expect(locate(['place', 'province'])).toEqual({ line: 5, column: 3 });
    expect(locate(['fields'])).toEqual({ line: 6, column: 1 });
    expect(locate(['fields', 0])).toEqual({ line: 7, column: 5 });
    expect(locate(['fields', 1])).toEqual({ line: 8, column: 5 });
    expect(locate(['living'])).toEqual({ line: 10, column: 1 });
  });

  it('falls back to the closest written ancestor, and gives undefined when nothing is written', () => {
    const { locate } = parseSource(doc, FILE, 'mdx');
    expect(locate(['place', 'district'])).toEqual({ line: 4, column: 1 });
    expect(locate(['fields', 5])).toEqual({ line: 6, column: 1 });
    expect(locate(['cover'])).toBeUndefined();
  });

  it('locates the empty path (the whole frontmatter) at its first line', () => {
    expect(parseSource(doc, FILE, 'mdx').locate([])).toEqual({ line: 2, column: 1 });
    expect(parseSource('name: a\n', 'a.yaml', 'yaml').locate([])).toEqual({ line: 1, column: 1 });
  });

  it('accepts a byte order mark without moving any line', () => {
    const source = parseSource(`\uFEFF${doc}`, FILE, 'mdx');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual(data);
    expect(source.locate(['title'])).toEqual({ line: 2, column: 1 });
    expect(source.bodyLine).toBe(12);
  });

  it('accepts Windows line endings', () => {
    const source = parseSource(doc.replace(/\n/g, '\r\n'), FILE, 'mdx');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual(data);
    expect(source.locate(['living'])).toEqual({ line: 10, column: 1 });
    expect(source.body).toBe('\nBà Mai là bí thư chi bộ.\n');
  });

  it('accepts trailing spaces after the fences', () => {
    const source = parseSource('---  \ntitle: x\n---\t\nNội dung', FILE, 'mdx');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ title: 'x' });
    expect(source.body).toBe('Nội dung');
    expect(source.bodyLine).toBe(4);
  });

  it('reports a file without frontmatter', () => {
    const source = parseSource('title: Nguyễn Thị Mai\n\nBà Mai là bí thư.\n', FILE, 'mdx');
    expect(source.data).toBeUndefined();
    expect(source.body).toBe('title: Nguyễn Thị Mai\n\nBà Mai là bí thư.\n');
    expect(source.locate(['title'])).toBeUndefined();
    expect(source.problems).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        field: 'phần đầu',
        message: 'Tệp không có phần đầu (frontmatter).',
        fix: FENCE_FIX,
      },
    ]);
  });

  it('requires the opening fence on the very first line', () => {
    expect(lines('\n---\ntitle: x\n---\nNội dung\n')).toEqual([[1, 'Tệp không có phần đầu (frontmatter).']]);
  });

  it('reports an unclosed fence', () => {
    const source = parseSource('---\ntitle: Nguyễn Thị Mai\n\nBà Mai là bí thư.\n', FILE, 'mdx');
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        field: 'phần đầu',
        message: 'Phần đầu (frontmatter) mở bằng --- nhưng không có dòng --- đóng lại.',
        fix: FENCE_FIX,
      },
    ]);
  });

  it('reports an empty frontmatter, or one that is not "name: value" lines', () => {
    const message = 'Phần đầu trống hoặc không phải danh sách trường "tên: giá trị".';
    expect(parseSource('---\n---\nNội dung\n', FILE, 'mdx').problems).toEqual([
      {
        file: FILE,
        line: 2,
        column: 1,
        field: 'phần đầu',
        message,
        fix: 'Viết mỗi trường trên một dòng, dạng title: Tên mục.',
      },
    ]);
    expect(lines('---\n- title\n- summary\n---\nNội dung\n')).toEqual([[2, message]]);
    expect(lines('---\nchỉ một dòng chữ\n---\nNội dung\n')).toEqual([[2, message]]);
  });

  it('reports a duplicated field on the line of the second one', () => {
    const source = parseSource('---\ntitle: a\nsummary: b\ntitle: c\n---\nNội dung\n', FILE, 'mdx');
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([
      {
        file: FILE,
        line: 4,
        column: 1,
        field: 'phần đầu',
        message: 'Lỗi cú pháp YAML: một trường được viết hai lần.',
        fix: YAML_FIX,
      },
    ]);
  });

  it('reports a tab used for indentation, with its line', () => {
    expect(lines('---\ntitle: a\nplace:\n\tprovince: Cần Thơ\n---\nNội dung\n')).toEqual([
      [4, 'Lỗi cú pháp YAML: dùng phím tab để thụt lề (YAML chỉ nhận dấu cách).'],
    ]);
  });

  it('answers a second colon on a line with the line rewritten in quotes, and still reads the other fields', () => {
    const source = parseSource('---\ntitle: a\nsummary: Ghi chú: b\npublished: 2024\n---\nNội dung\n', FILE, 'mdx');
    expect(source.problems.map((p) => [p.line, p.column, p.message, p.fix])).toEqual([
      [
        3,
        1,
        'Lỗi cú pháp YAML: giá trị của "summary" có dấu hai chấm (:), nên phải đặt cả câu trong ngoặc kép.',
        'Viết lại dòng này thành: summary: "Ghi chú: b"',
      ],
    ]);
    // The file is read as rewritten, so the schema still reports the rest (here, a date).
    expect(source.data).toEqual({ title: 'a', summary: 'Ghi chú: b', published: 2024 });
  });

  it('quotes a value with a colon: in a list, around a quotation, and leaves other lines alone', () => {
    expect(quoteValue('  - Chi bộ ấp: Thới An')).toBe('  - "Chi bộ ấp: Thới An"');
    expect(quoteValue('summary: Bác dạy: "phải làm"')).toBe(`summary: 'Bác dạy: "phải làm"'`);
    expect(quoteValue('summary: Don\'t: "x"')).toBe('summary: "Don\'t: \\"x\\""');
    expect(quoteValue('summary: "Đã có: ngoặc kép"')).toBeUndefined();
    expect(quoteValue('summary: không có dấu hai chấm')).toBeUndefined();
    expect(quoteValue('Chi bộ: tốt')).toBeUndefined();
  });

  it('reports an unclosed quote when it is the last field', () => {
    expect(lines('---\ntitle: a\nsummary: "Bí thư chi bộ\n---\nNội dung\n')).toEqual([
      [3, 'Lỗi cú pháp YAML: thiếu ký tự (thường là dấu ngoặc kép hoặc ngoặc vuông đóng).'],
    ]);
  });

  it('reports an unclosed quote on the line where the quote opens', () => {
    const text = '---\ntitle: a\nsummary: "Bí thư chi bộ\nposition: Bí thư\nliving: true\n---\nNội dung\n';
    expect(lines(text)).toEqual([
      [3, 'Lỗi cú pháp YAML: thiếu ký tự (thường là dấu ngoặc kép hoặc ngoặc vuông đóng).'],
    ]);
  });

  it('reports one problem for one badly indented line', () => {
    const problems = parseSource(
      '---\ntitle: a\nplace:\n  province: Cần Thơ\n    district: Ô Môn\n---\nNội dung\n',
      FILE,
      'mdx',
    ).problems;
    expect(problems.map((p) => p.message)).toEqual(['Lỗi cú pháp YAML: dòng này không đúng dạng "tên: giá trị".']);
  });
});

describe('parseSource: yaml data files', () => {
  const unit = [
    'name: Quận ủy Ô Môn',
    'type: cap-uy',
    'sources:',
    '  - title: Bài báo',
    '    publisher: Báo Cần Thơ',
    '',
  ].join('\n');

  it('reads the whole file, counting lines from 1', () => {
    const source = parseSource(unit, 'content/don-vi/quan-uy-o-mon.yaml', 'yaml');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({
      name: 'Quận ủy Ô Môn',
      type: 'cap-uy',
      sources: [{ title: 'Bài báo', publisher: 'Báo Cần Thơ' }],
    });
    expect(source.body).toBe('');
    expect(source.locate(['name'])).toEqual({ line: 1, column: 1 });
    expect(source.locate(['sources', 0])).toEqual({ line: 4, column: 5 });
    expect(source.locate(['sources', 0, 'publisher'])).toEqual({ line: 5, column: 5 });
  });

  it('does not look for --- fences', () => {
    expect(parseSource('title: a\n', 'a.yaml', 'yaml').problems).toEqual([]);
  });

  it('reports syntax errors with the file line', () => {
    expect(lines('text: a\nauthor: b\nauthor: c\n', 'yaml')).toEqual([
      [3, 'Lỗi cú pháp YAML: một trường được viết hai lần.'],
    ]);
  });

  it('reports an empty file', () => {
    expect(lines('', 'yaml')).toEqual([[1, 'Phần đầu trống hoặc không phải danh sách trường "tên: giá trị".']]);
  });
});
