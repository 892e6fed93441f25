import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { checkDataFile, checkEntry } from '../../src/checks/check-entry.ts';
import type { ContentIndex } from '../../src/checks/content-index.ts';
import type { Problem } from '../../src/lib/problems.ts';

const index: ContentIndex = {
  units: new Set(['quan-uy-o-mon', 'dang-uy-khoi']),
  campaigns: new Set(['ket-luan-01', 'dan-van-kheo']),
  entries: new Set(['tap-the/quan-uy-o-mon', 'ca-nhan/nguyen-thi-mai', 'mo-hinh/cho-0-dong']),
};

const FILE = 'content/ca-nhan/nguyen-thi-mai/index.mdx';

/** A valid person entry; `extra` lines go just before the closing --- (from line 18 on). */
function entry({ title = 'Nguyễn Thị Mai', extra = '', body = '\nBà Mai là bí thư chi bộ ấp.\n' } = {}) {
  return [
    '---', //                                 1
    `title: ${title}`, //                     2
    'summary: Bí thư chi bộ tận tụy.', //     3
    'fields:', //                             4
    '  - Dân vận', //                         5
    'place:', //                              6
    '  province: Cần Thơ', //                 7
    'cover:', //                              8
    '  src: ./anh-bia.jpg', //                9
    '  alt: Bà Mai trò chuyện với dân', //    10
    '  credit: "Ảnh: T.T"', //                11
    'sources:', //                            12
    '  - title: Bài báo', //                  13
    '    publisher: Báo Cần Thơ', //          14
    'published: 2024-01-02', //               15
    'position: Bí thư Chi bộ', //             16
    'living: false', //                       17
    `${extra}---`,
    body,
  ].join('\n');
}

const brief = (ps: readonly Problem[]) => ps.map((p) => [p.line, p.field, p.message, p.fix]);

describe('checkEntry', () => {
  it('passes a valid entry, with its data and rendered body', () => {
    const checked = checkEntry('ca-nhan', FILE, entry(), index);
    expect(checked.problems).toEqual([]);
    expect(checked.data).toMatchObject({
      title: 'Nguyễn Thị Mai',
      published: '2024-01-02',
      units: [],
      featured: false,
      living: false,
    });
    expect(toHtml(checked.body!.tree)).toBe('<p>Bà Mai là bí thư chi bộ ấp.</p>');
  });

  it('reports an unknown unit, naming the file and the value, with a suggestion', () => {
    const checked = checkEntry(
      'ca-nhan',
      FILE,
      entry({ extra: 'units:\n  - quan-uy-o-mon\n  - quan-uy-o-mo\n' }),
      index,
    );
    expect(checked.problems).toEqual([
      {
        file: FILE,
        line: 20,
        column: 5,
        field: 'units.1',
        message: 'Đơn vị "quan-uy-o-mo" không tồn tại.',
        fix: 'Bạn có định viết "quan-uy-o-mon" không?',
      },
    ]);
    // A broken reference does not make the data invalid: the loader decides what to do with the problem.
    expect(checked.data).toBeDefined();
  });

  it('reports an unknown campaign, in campaigns and in recognitions', () => {
    const extra = [
      'campaigns:', //                    18
      '  - khong-co-that', //             19
      'recognitions:', //                 20
      '  - year: 2023', //                21
      '    form: Bằng khen', //           22
      '    issuer: UBND thành phố', //    23
      '    campaign: dan-van-khe', //     24
      '',
    ].join('\n');
    expect(brief(checkEntry('ca-nhan', FILE, entry({ extra }), index).problems)).toEqual([
      [
        19,
        'campaigns.0',
        'Phong trào "khong-co-that" không tồn tại.',
        'Dùng tên tệp của một mục trong content/phong-trao, hoặc tạo mục đó trước.',
      ],
      [
        24,
        'recognitions.0.campaign',
        'Phong trào "dan-van-khe" không tồn tại.',
        'Bạn có định viết "dan-van-kheo" không?',
      ],
    ]);
  });

  it('reports an unknown related entry', () => {
    const extra = 'related:\n  - tap-the/quan-uy-o-mon\n  - mo-hinh/khong-co\n';
    expect(brief(checkEntry('ca-nhan', FILE, entry({ extra }), index).problems)).toEqual([
      [
        20,
        'related.1',
        'Mục "mo-hinh/khong-co" không tồn tại.',
        'Dùng tên tệp của một mục trong content/ca-nhan, content/tap-the, content/mo-hinh, hoặc tạo mục đó trước.',
      ],
    ]);
  });

  it('reports an unknown parent unit of a collective', () => {
    const text = entry({ title: 'Chi bộ ấp Thới An', extra: 'parentUnit: dang-uy-kho\n' }).replace(
      'position: Bí thư Chi bộ\nliving: false\n',
      '',
    );
    expect(brief(checkEntry('tap-the', 'content/tap-the/chi-bo-ap-thoi-an/index.mdx', text, index).problems)).toEqual([
      [16, 'parentUnit', 'Đơn vị "dang-uy-kho" không tồn tại.', 'Bạn có định viết "dang-uy-khoi" không?'],
    ]);
  });

  it('reports a folder name that does not match the slug of the title', () => {
    const file = 'content/ca-nhan/nguyen-thi-ma/index.mdx';
    expect(checkEntry('ca-nhan', file, entry(), index).problems).toEqual([
      {
        file,
        line: 2,
        column: 1,
        field: 'title',
        message: 'Tên thư mục "nguyen-thi-ma" không khớp với tiêu đề.',
        fix: 'Đổi tên thư mục thành "nguyen-thi-mai".',
      },
    ]);
  });

  it('compares the folder with the slug of a decomposed (NFD) title, and of titles with đ', () => {
    expect(checkEntry('ca-nhan', FILE, entry({ title: 'Nguyễn Thị Mai'.normalize('NFD') }), index).problems).toEqual(
      [],
    );
    expect(
      checkEntry('ca-nhan', 'content/ca-nhan/dang-van-duc/index.mdx', entry({ title: 'Đặng Văn Đức' }), index).problems,
    ).toEqual([]);
  });

  it('reports schema, reference and body problems of one file together', () => {
    const checked = checkEntry(
      'ca-nhan',
      FILE,
      entry({ extra: 'titel: x\nunits:\n  - khong-co\n', body: '\nMở đầu.\n\n<Foo />\n' }),
      index,
    );
    expect(checked.data).toBeUndefined();
    expect(checked.body?.tree.children).toEqual([]);
    expect(brief(checked.problems)).toEqual([
      [18, 'titel', 'Trường "titel" không có trong mẫu.', 'Bạn có định viết "title" không?'],
      [
        20,
        'units.0',
        'Đơn vị "khong-co" không tồn tại.',
        'Dùng tên tệp của một mục trong content/don-vi, hoặc tạo mục đó trước.',
      ],
      [
        25,
        'nội dung',
        'Thành phần <Foo> không có trong danh sách được dùng.',
        'Chỉ dùng <Quote>, <Figure>, <Stat> (viết hoa chữ đầu đúng như vậy).',
      ],
    ]);
  });

  it('reports a value outside a list with its line and a suggestion', () => {
    const text = entry().replace('  province: Cần Thơ', '  province: Quang Ninh');
    expect(brief(checkEntry('ca-nhan', FILE, text, index).problems)).toEqual([
      [7, 'place.province', 'Tỉnh, thành phố "Quang Ninh" không có trong danh mục.', 'Sửa thành "Quảng Ninh".'],
    ]);
  });

  it('reports a missing field at the start of the frontmatter', () => {
    const text = entry().replace('position: Bí thư Chi bộ\n', '');
    expect(brief(checkEntry('ca-nhan', FILE, text, index).problems)).toEqual([
      [2, 'position', 'Thiếu chức vụ (position).', 'Thêm dòng "position: …" vào phần đầu tệp (giữa hai dòng ---).'],
    ]);
  });

  it('requires consent for a living person, pointing at the frontmatter and saying how to add it', () => {
    const text = entry().replace('living: false', 'living: true');
    expect(brief(checkEntry('ca-nhan', FILE, text, index).problems)).toEqual([
      [
        2,
        'consent',
        'Người còn sống (hoặc chưa rõ còn sống hay đã mất) cần có căn cứ đăng bài (consent): sự đồng ý của người đó, hoặc bài báo công khai việc biểu dương.',
        'Thêm nhóm "consent:" với dòng "by: …" (ai đồng ý) hoặc "source: …" (địa chỉ bài báo, lấy từ sources), và "date: …" (dạng năm-tháng-ngày) viết thụt lề bên dưới.',
      ],
    ]);
  });

  it('stops at a file without frontmatter', () => {
    const checked = checkEntry('ca-nhan', FILE, 'Bà Mai là bí thư chi bộ ấp.\n', index);
    expect(checked.data).toBeUndefined();
    expect(checked.body).toBeUndefined();
    expect(brief(checked.problems)).toEqual([
      [
        1,
        'phần đầu',
        'Tệp không có phần đầu (frontmatter).',
        'Tệp phải bắt đầu bằng một dòng ---, tiếp theo là các trường, rồi một dòng --- nữa trước nội dung.',
      ],
    ]);
  });
});

describe('checkDataFile', () => {
  const unit = (parent: string) =>
    `name: Chi bộ ấp Thới An\ntype: cap-uy\nparent: ${parent}\ndescription: Chi bộ ấp.\nsources:\n  - title: Bài báo\n    publisher: Báo Cần Thơ\n`;

  it('passes a valid unit', () => {
    const checked = checkDataFile('don-vi', 'content/don-vi/chi-bo-ap-thoi-an.yaml', unit('quan-uy-o-mon'), index);
    expect(checked.problems).toEqual([]);
    expect(checked.data).toMatchObject({ name: 'Chi bộ ấp Thới An', parent: 'quan-uy-o-mon' });
  });

  it('reports an unknown parent unit, naming the file and the value', () => {
    const file = 'content/don-vi/chi-bo-ap-thoi-an.yaml';
    expect(checkDataFile('don-vi', file, unit('thanh-uy-can-tho'), index).problems).toEqual([
      {
        file,
        line: 3,
        column: 1,
        field: 'parent',
        message: 'Đơn vị "thanh-uy-can-tho" không tồn tại.',
        fix: 'Dùng tên tệp của một mục trong content/don-vi, hoặc tạo mục đó trước.',
      },
    ]);
  });

  it('reports a unit that is its own parent', () => {
    const file = 'content/don-vi/quan-uy-o-mon.yaml';
    expect(checkDataFile('don-vi', file, unit('quan-uy-o-mon'), index).problems).toEqual([
      {
        file,
        line: 3,
        column: 1,
        field: 'parent',
        message: 'Đơn vị không thể là cấp trên của chính nó.',
        fix: 'Sửa parent thành mã đơn vị cấp trên.',
      },
    ]);
  });

  it('reports an unknown entry in a collection', () => {
    const text =
      'title: Gương sáng\ndescription: Tuyển chọn.\nentries:\n  - tap-the/quan-uy-o-mon\n  - ca-nhan/nguyen-thi-ma\n';
    expect(brief(checkDataFile('bo-suu-tap', 'content/bo-suu-tap/guong-sang.yaml', text, index).problems)).toEqual([
      [
        5,
        'entries.1',
        'Mục "ca-nhan/nguyen-thi-ma" không tồn tại.',
        'Bạn có định viết "ca-nhan/nguyen-thi-mai" không?',
      ],
    ]);
  });

  it('reports schema problems of a campaign with their lines', () => {
    const text =
      'name: Kết luận 01\ntype: phong trao\nissuer: Bộ Chính trị\nstart: 18/05/2021\ndescription: x\nsources:\n  - title: a\n    publisher: b\n';
    const checked = checkDataFile('phong-trao', 'content/phong-trao/ket-luan-01.yaml', text, index);
    expect(checked.data).toBeUndefined();
    expect(brief(checked.problems)).toEqual([
      [2, 'type', 'Loại (type) "phong trao" không có trong danh mục.', 'Sửa thành "phong-trao".'],
      [
        4,
        'start',
        'Ngày bắt đầu (start) phải viết dạng năm-tháng-ngày, ví dụ 2023-09-06.',
        'Bạn có định viết 2021-05-18?',
      ],
    ]);
  });

  it('passes a valid quotation and reports a YAML syntax error with its line', () => {
    const file = 'content/trich-dan/thi-dua-ai-quoc.yaml';
    const text =
      'text: Thi đua là yêu nước.\nauthor: Chủ tịch Hồ Chí Minh\nsource:\n  title: Lời kêu gọi thi đua ái quốc\n  publisher: Báo Nhân Dân\n';
    expect(checkDataFile('trich-dan', file, text, index)).toEqual({
      data: {
        text: 'Thi đua là yêu nước.',
        author: 'Chủ tịch Hồ Chí Minh',
        source: { title: 'Lời kêu gọi thi đua ái quốc', publisher: 'Báo Nhân Dân' },
        featured: false,
      },
      problems: [],
    });
    const broken = checkDataFile('trich-dan', file, 'text: a\nauthor: b\nauthor: c\n', index);
    expect(broken.data).toBeUndefined();
    expect(brief(broken.problems)).toEqual([
      [
        3,
        'phần đầu',
        'Lỗi cú pháp YAML: một trường được viết hai lần.',
        'Kiểm tra dấu hai chấm, thụt lề bằng dấu cách (không dùng tab) và dấu ngoặc kép ở dòng này.',
      ],
    ]);
  });
});
