import { describe, expect, it } from 'vitest';
import { resolvePicture } from '../../src/images/pictures.ts';
import { compileBody, renderBody, type CompiledBody } from '../../src/mdx/mdx-body.ts';

const FILE = 'content/ca-nhan/nguyen-thi-mai/index.mdx';
/** Three lines of frontmatter and a blank line: the body starts on line 5, as in a real entry. */
const FM = '---\ntitle: Nguyễn Thị Mai\n---\n\n';
/** A first paragraph on line 5, a blank line, and the line under test on line 7. */
const onLine7 = (line: string) => `${FM}Mở đầu.\n\n${line}\n`;

/** Every local image as a 1200×800 photo whose digest is its name, through the site's picture presets. */
const picture = (src: string) =>
  resolvePicture(
    { file: `content/ca-nhan/nguyen-thi-mai/${src.slice(2)}`, width: 1200, height: 800, digest: src },
    'body',
  );
/** The compiled body with its HTML, as the entry loader renders it. */
const compile = (body: string) => {
  const result = compileBody(body, FILE);
  return Object.assign(result, { html: renderBody(result, picture) });
};
/** [line, column, message] of each problem. */
const found = (result: CompiledBody) => result.problems.map((p) => [p.line, p.column, p.message]);
/** The src, alt and srcset of each <img>. */
const imgs = (html: string) =>
  [...html.matchAll(/<img ([^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );

describe('compileBody: what renders', () => {
  it('renders Markdown to HTML, with ids on h2/h3 and rel on external links', () => {
    const result = compile(
      `${FM}## Tiêu đề Một\n\nĐoạn **đậm** và *nghiêng*, [báo](https://baocantho.com.vn) và [trang](/ca-nhan/).\n\n### Mục con\n\n- một\n- hai\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.html).toBe(
      [
        '<h2 id="tieu-de-mot">Tiêu đề Một</h2>',
        '<p>Đoạn <strong>đậm</strong> và <em>nghiêng</em>, <a href="https://baocantho.com.vn" rel="noopener">báo</a> và <a href="/ca-nhan/">trang</a>.</p>',
        '<h3 id="muc-con">Mục con</h3>',
        '<ul>',
        '<li>một</li>',
        '<li>hai</li>',
        '</ul>',
      ].join('\n'),
    );
    expect(result.headings).toEqual([
      { depth: 2, slug: 'tieu-de-mot', text: 'Tiêu đề Một' },
      { depth: 3, slug: 'muc-con', text: 'Mục con' },
    ]);
    expect(result.images).toEqual([]);
  });

  it('does not need frontmatter', () => {
    const result = compile('Xin chào **bạn**.\n');
    expect(result.html).toBe('<p>Xin chào <strong>bạn</strong>.</p>');
    expect([result.images, result.headings, result.problems]).toEqual([[], [], []]);
  });

  it('gives repeated headings distinct ids, and a fallback id when the text has no letters', () => {
    const result = compile(
      `${FM}## Thành tích\n\n## Thành tích\n\n## Thành *tích*\n\n## ***\n\n#### Không vào mục lục\n`,
    );
    expect(result.headings).toEqual([
      { depth: 2, slug: 'thanh-tich', text: 'Thành tích' },
      { depth: 2, slug: 'thanh-tich-1', text: 'Thành tích' },
      // The third is -2, not -1-1; the text of an emphasised word counts.
      { depth: 2, slug: 'thanh-tich-2', text: 'Thành tích' },
      { depth: 2, slug: 'muc', text: '***' },
    ]);
    expect(result.html).toContain('<h2 id="thanh-tich-1">Thành tích</h2>');
    expect(result.html).toContain('<h4>Không vào mục lục</h4>');
  });

  it('renders <Quote> with its author, role and source', () => {
    const result = compile(
      `${FM}<Quote author="Bác Hồ" role="Chủ tịch nước" source="Thư gửi đồng bào">Thi đua là yêu nước.</Quote>\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.html).toContain('<blockquote><p>Thi đua là yêu nước.</p></blockquote>');
    expect(result.html).toContain(
      '<span class="quote-author">Bác Hồ</span>, <span class="quote-role">Chủ tịch nước</span> — <cite>Thư gửi đồng bào</cite>',
    );
  });

  it('renders a <Quote> holding paragraphs without wrapping them again', () => {
    const result = compile(`${FM}<Quote author="Bác Hồ">\n\nĐoạn một.\n\nĐoạn hai.\n\n</Quote>\n`);
    expect(result.problems).toEqual([]);
    expect(result.html).toMatch(/<blockquote><p>Đoạn một\.<\/p>\s*<p>Đoạn hai\.<\/p><\/blockquote>/);
  });

  it('renders <Stat value={147}> as "147" and 25525 as "25.525" (vi-VN)', () => {
    expect(compile(`${FM}<Stat value={147} label="mô hình" />\n`).html).toContain(
      '<strong class="stat-value">147</strong> <span class="stat-label">mô hình</span>',
    );
    const big = compile(`${FM}<Stat value={25525} label="lượt người được hỗ trợ" unit="lượt" />\n`);
    expect(big.problems).toEqual([]);
    expect(big.html).toContain('<strong class="stat-value">25.525 <span class="stat-unit">lượt</span></strong>');
    expect(compile(`${FM}<Stat value={1234.5} label="tỷ đồng" />\n`).html).toContain(
      '<strong class="stat-value">1.234,5</strong>',
    );
  });

  it("renders <Figure> as a picture from the site's image pipeline, at the body's widths", () => {
    const result = compile(
      `${FM}<Figure src="./hoat-dong-1.jpg" alt="Buổi sinh hoạt" caption="Sinh hoạt chi bộ" credit="Ảnh: T.T" />\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.images.map((i) => [i.src, i.line])).toEqual([['./hoat-dong-1.jpg', 5]]);
    const p = picture('./hoat-dong-1.jpg');
    expect(p.srcset).toMatch(/^\/_astro\/hoat-dong-1_480\.\w+\.jpeg 480w, \/_astro\/hoat-dong-1_960\.\w+\.jpeg 960w$/);
    expect(result.html).toBe(
      `<figure class="mdx-figure"><img alt="Buổi sinh hoạt" loading="lazy" decoding="async" src="${p.src}" srcset="${p.srcset}" sizes="(min-width: 50rem) 46rem, 100vw" width="960" height="640"><figcaption>Sinh hoạt chi bộ <span class="credit">Ảnh: T.T</span></figcaption></figure>`,
    );
    expect(result.html).not.toContain('__ASTRO_IMAGE_');
  });

  it('gives every use of an image its files, Markdown images included', () => {
    const result = compile(
      `${FM}<Figure src="./a.jpg" alt="Một" credit="Ảnh: P.V" />\n\n<Figure src="./a.jpg" alt="Hai" credit="Ảnh: P.V" />\n\n![Ba](./b.png)\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.images.map((i) => i.src)).toEqual(['./a.jpg', './a.jpg', './b.png']);
    expect(imgs(result.html).map((i) => [i.alt, i.src])).toEqual([
      ['Một', picture('./a.jpg').src],
      ['Hai', picture('./a.jpg').src],
      ['Ba', picture('./b.png').src],
    ]);
  });

  it("keeps text that looks like Astro's image placeholder as text", () => {
    const result = compile(
      `${FM}Chữ \`__ASTRO_IMAGE_="{}"\` ở đây.\n\n<Figure src="./a.jpg" alt="Một" credit="Ảnh: P.V" />\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.html).toContain('<p>Chữ <code>__ASTRO_IMAGE_="{}"</code> ở đây.</p>');
  });

  it('allows the listed inline HTML tags', () => {
    const result = compile(`${FM}Chữ <abbr title="Ủy ban nhân dân">UBND</abbr>, H<sub>2</sub>O và m<sup>2</sup>.\n`);
    expect(result.problems).toEqual([]);
    expect(result.html).toBe('<p>Chữ <abbr title="Ủy ban nhân dân">UBND</abbr>, H<sub>2</sub>O và m<sup>2</sup>.</p>');
  });

  it('drops {/* comments */} and keeps escaped braces and code as text', () => {
    const result = compile(`${FM}{/* ghi chú cho biên tập */}\n\nDấu \\{ và \\}.\n\n\`\`\`\nconst a = {1};\n\`\`\`\n`);
    expect(result.problems).toEqual([]);
    expect(result.html).not.toContain('ghi chú');
    expect(result.html).toContain('<p>Dấu { và }.</p>');
    expect(result.html).toContain('<pre><code>const a = {1};\n</code></pre>');
  });

  it('keeps line numbers right with a byte order mark or Windows line endings', () => {
    expect(found(compile(`\uFEFF${onLine7('<Foo />')}`))).toEqual([
      [7, 1, 'Thành phần <Foo> không có trong danh sách được dùng.'],
    ]);
    expect(found(compile(onLine7('<Foo />').replace(/\n/g, '\r\n')))).toEqual([
      [7, 1, 'Thành phần <Foo> không có trong danh sách được dùng.'],
    ]);
  });
});

describe('compileBody: the MDX contract', () => {
  it('rejects import and export, with the file line', () => {
    const result = compile(onLine7('import Bieu from "./bieu.js"'));
    expect(result.html).toBe('');
    expect(result.problems).toEqual([
      {
        file: FILE,
        line: 7,
        column: 1,
        field: 'nội dung',
        message: 'Không được dùng import hoặc export trong bài.',
        fix: 'Xóa dòng này: các thành phần <Quote>, <Figure>, <Stat> đã có sẵn, không cần import.',
      },
    ]);
    expect(found(compile(onLine7('export const so = 1')))).toEqual([
      [7, 1, 'Không được dùng import hoặc export trong bài.'],
    ]);
  });

  it('rejects {expressions}, inline and on their own line', () => {
    const inline = compile(onLine7('Có {1 + 1} người.'));
    expect(inline.problems).toEqual([
      {
        file: FILE,
        line: 7,
        column: 4,
        field: 'nội dung',
        message: 'Không được dùng biểu thức {1 + 1} trong bài.',
        fix: 'Viết chữ bình thường; nếu cần dấu { hãy viết \\{.',
      },
    ]);
    expect(found(compile(onLine7('{props.title}')))).toEqual([
      [7, 1, 'Không được dùng biểu thức {props.title} trong bài.'],
    ]);
    expect(found(compile(onLine7(`{${'a'.repeat(50)}}`)))).toEqual([
      [7, 1, `Không được dùng biểu thức {${'a'.repeat(30)}} trong bài.`],
    ]);
  });

  it('rejects <script>, <style> and <iframe>', () => {
    const fix = 'Xóa thẻ này; bài viết chỉ gồm chữ, ảnh và các thành phần <Quote>, <Figure>, <Stat>.';
    expect(compile(onLine7('<script>alert(1)</script>')).problems).toEqual([
      { file: FILE, line: 7, column: 1, field: 'nội dung', message: 'Không được dùng thẻ <script> trong bài.', fix },
    ]);
    expect(found(compile(onLine7('<iframe src="https://youtube.com/embed/x" />')))).toEqual([
      [7, 1, 'Không được dùng thẻ <iframe> trong bài.'],
    ]);
    expect(found(compile(onLine7('<style>{"p { color: red }"}</style>')))).toEqual([
      [7, 1, 'Không được dùng thẻ <style> trong bài.'],
    ]);
  });

  it('rejects event handler attributes such as onClick', () => {
    expect(compile(onLine7('<Quote author="Bác Hồ" onClick="alert(1)">Thi đua là yêu nước.</Quote>')).problems).toEqual(
      [
        {
          file: FILE,
          line: 7,
          column: 1,
          field: 'nội dung',
          message: 'Thuộc tính onClick (mã chạy khi tương tác) không được phép.',
          fix: 'Xóa onClick=… khỏi thẻ <Quote>.',
        },
      ],
    );
    expect(found(compile(onLine7('Chữ <abbr title="x" onMouseOver="y">UBND</abbr>.')))).toEqual([
      [7, 5, 'Thuộc tính onMouseOver (mã chạy khi tương tác) không được phép.'],
    ]);
  });

  it('rejects javascript:, vbscript: and data: addresses in links and images', () => {
    const fix = 'Chỉ dùng liên kết https://… hoặc ảnh nằm cạnh index.mdx.';
    expect(compile(onLine7('[Bấm vào đây](javascript:alert(1))')).problems).toEqual([
      {
        file: FILE,
        line: 7,
        column: 1,
        field: 'nội dung',
        message: 'Địa chỉ "javascript:alert(1)" trong href không được phép (javascript:, data:).',
        fix,
      },
    ]);
    expect(found(compile(onLine7('[x](JavaScript:alert(1))')))).toEqual([
      [7, 1, 'Địa chỉ "JavaScript:alert(1)" trong href không được phép (javascript:, data:).'],
    ]);
    expect(found(compile(onLine7('[x](&#106;avascript:alert(1))')))).toEqual([
      [7, 1, 'Địa chỉ "javascript:alert(1)" trong href không được phép (javascript:, data:).'],
    ]);
    expect(found(compile(onLine7('[x](vbscript:msgbox)')))).toEqual([
      [7, 1, 'Địa chỉ "vbscript:msgbox" trong href không được phép (javascript:, data:).'],
    ]);
    expect(found(compile(onLine7('[x][a]\n\n[a]: javascript:alert(1)')))).toEqual([
      [7, 1, 'Địa chỉ "javascript:alert(1)" trong href không được phép (javascript:, data:).'],
    ]);
    expect(found(compile(onLine7('![Ảnh](data:image/png;base64,iVBORw0KGgo=)')))).toEqual([
      [7, 1, 'Địa chỉ "data:image/png;base64,iVBORw0KGgo=" trong src không được phép (javascript:, data:).'],
    ]);
    expect(found(compile(onLine7('<Figure src="data:image/png;base64,iVBORw0KGgo=" alt="a" credit="b" />')))).toEqual([
      [7, 1, 'Địa chỉ "data:image/png;base64,iVBORw0KGgo=" trong src không được phép (javascript:, data:).'],
    ]);
  });

  it('shortens a long address in the message to 40 characters', () => {
    const url = `data:image/png;base64,${'A'.repeat(100)}`;
    expect(found(compile(onLine7(`![x](${url})`)))).toEqual([
      [7, 1, `Địa chỉ "${url.slice(0, 40)}" trong src không được phép (javascript:, data:).`],
    ]);
  });

  it('rejects images from other sites', () => {
    const fix = 'Tải ảnh về, đặt cạnh index.mdx và viết ./ten-anh.jpg.';
    expect(compile(onLine7('![Ảnh](https://example.vn/anh.jpg)')).problems).toEqual([
      {
        file: FILE,
        line: 7,
        column: 1,
        field: 'nội dung',
        message: 'Ảnh "https://example.vn/anh.jpg" nằm ở trang web khác.',
        fix,
      },
    ]);
    expect(found(compile(onLine7('<Figure src="//example.vn/anh.jpg" alt="a" credit="b" />')))).toEqual([
      [7, 1, 'Ảnh "//example.vn/anh.jpg" nằm ở trang web khác.'],
    ]);
  });

  it('rejects every image name that is not a file beside index.mdx, with the fix', () => {
    const message = (src: string) =>
      `Ảnh "${src}" phải nằm cạnh index.mdx và viết dạng ./ten-anh.jpg (jpg, png, webp hoặc avif).`;
    const cases: [string, string, string][] = [
      [
        '![x](/etc/anh.jpg)',
        '/etc/anh.jpg',
        'Đặt tệp anh.jpg vào thư mục của bài (cạnh index.mdx) rồi viết ./anh.jpg.',
      ],
      [
        '![x](./../../ca-nhan/khac/anh-bia.jpg)',
        './../../ca-nhan/khac/anh-bia.jpg',
        'Đặt tệp anh-bia.jpg vào thư mục của bài (cạnh index.mdx) rồi viết ./anh-bia.jpg.',
      ],
      [
        '![x](missing.jpg)',
        'missing.jpg',
        'Đặt tệp missing.jpg vào thư mục của bài (cạnh index.mdx) rồi viết ./missing.jpg.',
      ],
      [
        '![x](./anh/con.png)',
        './anh/con.png',
        'Đặt tệp con.png vào thư mục của bài (cạnh index.mdx) rồi viết ./con.png.',
      ],
      [
        '<Figure src="./bieu-do.svg" alt="a" credit="b" />',
        './bieu-do.svg',
        'Đặt tệp ảnh JPEG, PNG, WebP hoặc AVIF vào thư mục của bài rồi viết ./ten-anh.jpg.',
      ],
      [
        '<Figure src="C:\\anh\\a.gif" alt="a" credit="b" />',
        'C:\\anh\\a.gif',
        'Đặt tệp ảnh JPEG, PNG, WebP hoặc AVIF vào thư mục của bài rồi viết ./ten-anh.jpg.',
      ],
    ];
    for (const [line, src, fix] of cases) {
      const result = compile(onLine7(line));
      expect(
        result.problems.map((p) => [p.line, p.field, p.message, p.fix]),
        line,
      ).toEqual([[7, 'nội dung', message(src), fix]]);
      expect(result.images).toEqual([]);
    }
  });

  it('refuses a story nested too deep, whether the parser gives up or not, with the line', () => {
    const message = 'Nội dung lồng nhau quá sâu (hơn 30 tầng trích dẫn >, danh sách hoặc thẻ lồng trong nhau).';
    // Thousands deep, the parser itself may run out of stack (then no line is known): the same message either way.
    const messages = (result: CompiledBody) => result.problems.map((p) => [p.field, p.message]);
    expect(messages(compile(onLine7(`${'> '.repeat(5000)}x`)))).toEqual([['nội dung', message]]);
    expect(messages(compile(onLine7(`${'<mark>'.repeat(3000)}x${'</mark>'.repeat(3000)}`)))).toEqual([
      ['nội dung', message],
    ]);
    expect(found(compile(onLine7(`${'> '.repeat(40)}x`)))).toEqual([[7, 1, message]]);
    expect(found(compile(onLine7(`${'> '.repeat(5)}x`)))).toEqual([]);
  });

  it('rejects unknown components and HTML tags, lower-case look-alikes included', () => {
    const fix = 'Chỉ dùng <Quote>, <Figure>, <Stat> (viết hoa chữ đầu đúng như vậy).';
    expect(compile(onLine7('<Foo bar="1" />')).problems).toEqual([
      {
        file: FILE,
        line: 7,
        column: 1,
        field: 'nội dung',
        message: 'Thành phần <Foo> không có trong danh sách được dùng.',
        fix,
      },
    ]);
    expect(found(compile(onLine7('<div>Khối</div>')))).toEqual([
      [7, 1, 'Thành phần <div> không có trong danh sách được dùng.'],
    ]);
    expect(found(compile(onLine7('<quote author="a">b</quote>')))).toEqual([
      [7, 1, 'Thành phần <quote> không có trong danh sách được dùng.'],
    ]);
    expect(found(compile(onLine7('Chữ <mark>đánh dấu <Foo /></mark>.')))).toEqual([
      [7, 20, 'Thành phần <Foo> không có trong danh sách được dùng.'],
    ]);
  });

  it('rejects props that are not literal text or numbers', () => {
    expect(compile(onLine7('<Stat value={soLuong * 2} label="mô hình" />')).problems).toEqual([
      {
        file: FILE,
        line: 7,
        column: 1,
        field: 'nội dung',
        message: 'Thuộc tính value của <Stat> chứa mã {…}, chỉ được là chữ hoặc số.',
        fix: 'Viết value="…" hoặc value={123}.',
      },
    ]);
    expect(found(compile(onLine7('<Quote author={tacGia}>x</Quote>')))).toEqual([
      [7, 1, 'Thuộc tính author của <Quote> chứa mã {…}, chỉ được là chữ hoặc số.'],
    ]);
    expect(found(compile(onLine7('<Stat value={true} label="a" />')))).toEqual([
      [7, 1, 'Thuộc tính value của <Stat> chứa mã {…}, chỉ được là chữ hoặc số.'],
    ]);
    expect(found(compile(onLine7('<Quote {...props}>x</Quote>')))).toEqual([
      [7, 1, 'Thẻ <Quote> dùng {…} để truyền thuộc tính.'],
      [7, 1, 'Thẻ <Quote> thiếu thuộc tính author.'],
    ]);
  });

  it('accepts literal expression props: numbers and quoted text', () => {
    const result = compile(onLine7('<Quote author={"Bác Hồ"}>x</Quote>\n\n<Stat value={-5} label="độ" />'));
    expect(result.problems).toEqual([]);
    expect(result.html).toContain('<span class="quote-author">Bác Hồ</span>');
    expect(result.html).toContain('<strong class="stat-value">-5</strong>');
  });

  it('checks the props of each component', () => {
    expect(compile(onLine7('<Figure src="./a.jpg" alt="Ảnh" />')).problems).toEqual([
      {
        file: FILE,
        line: 7,
        column: 1,
        field: 'nội dung',
        message: 'Thẻ <Figure> thiếu thuộc tính credit.',
        fix: 'Thêm credit="…" vào thẻ <Figure>.',
      },
    ]);
    expect(found(compile(onLine7('<Quote author="">x</Quote>')))).toEqual([
      [7, 1, 'Thuộc tính author của <Quote> đang để trống.'],
    ]);
    expect(
      compile(onLine7('<Stat value={1} label="a" color="red" />')).problems.map((p) => [p.message, p.fix]),
    ).toEqual([['Thẻ <Stat> không có thuộc tính "color".', 'Chỉ dùng: value, label, unit.']]);
    expect(
      compile(onLine7('<Stat value="147" label="mô hình" />')).problems.map((p) => [p.line, p.message, p.fix]),
    ).toEqual([[7, 'Thuộc tính value của <Stat> phải là số.', 'Viết value={123} (số, không có dấu ngoặc kép).']]);
    expect(
      compile(onLine7('<Stat value={1} label="a">thêm chữ</Stat>')).problems.map((p) => [p.line, p.message, p.fix]),
    ).toEqual([[7, 'Thẻ <Stat> không chứa nội dung bên trong.', 'Viết dạng tự đóng: <Stat … />.']]);
    expect(found(compile(onLine7('<sup class="x">2</sup>')))).toEqual([
      [7, 1, 'Thẻ <sup> không có thuộc tính "class".'],
    ]);
  });

  it('rejects fragments', () => {
    expect(found(compile(onLine7('<>chữ</>')))).toEqual([[7, 1, 'Không được dùng thẻ rỗng <>…</>.']]);
  });

  it('reports MDX syntax errors with their line', () => {
    const fix =
      'Kiểm tra thẻ <…> ở dòng này: mỗi thẻ mở phải có thẻ đóng (hoặc tự đóng bằng />), và không dùng dấu { } trong văn bản.';
    const unclosed = compile(onLine7('<Quote author="Bác Hồ">\nThi đua là yêu nước.'));
    expect(unclosed.html).toBe('');
    expect(unclosed.problems).toEqual([
      {
        file: FILE,
        line: 7,
        column: 1,
        field: 'nội dung',
        message: 'Lỗi cú pháp MDX: thẻ <Quote> chưa có thẻ đóng </Quote>.',
        fix,
      },
    ]);
    expect(found(compile(onLine7('Số 5 <b')))).toEqual([
      [
        7,
        6,
        'Lỗi cú pháp MDX: sau dấu < không phải là một thẻ hợp lệ (muốn viết dấu < trong chữ, hãy viết \\<; muốn tạo liên kết, dùng [chữ](địa chỉ)).',
      ],
    ]);
    expect(found(compile(onLine7('Chữ <!-- ghi chú -->')))[0]!.slice(0, 2)).toEqual([7, 5]);
  });

  it('reports an empty body', () => {
    const problem = {
      file: FILE,
      field: 'nội dung',
      message: 'Bài viết chưa có nội dung.',
      fix: 'Viết câu chuyện bên dưới dòng --- thứ hai.',
    };
    expect(compile(FM).problems).toEqual([problem]);
    expect(compile(`${FM}\n   \n\n`).problems).toEqual([problem]);
    expect(compile(`${FM}{/* chưa viết */}\n`).problems).toEqual([problem]);
    expect(compile('').problems).toEqual([problem]);
  });

  it('renders nothing when there is any problem, and reports every problem', () => {
    const result = compile(`${FM}## Mục\n\nimport x from "y"\n\nCó {x} người.\n\n<Foo />\n`);
    expect(result.html).toBe('');
    expect(found(result)).toEqual([
      [7, 1, 'Không được dùng import hoặc export trong bài.'],
      [9, 4, 'Không được dùng biểu thức {x} trong bài.'],
      [11, 1, 'Thành phần <Foo> không có trong danh sách được dùng.'],
    ]);
  });

  it('does not call a body empty when its only block was rejected', () => {
    expect(found(compile(`${FM}<Stat value="147" label="mô hình" />\n`))).toEqual([
      [5, 1, 'Thuộc tính value của <Stat> phải là số.'],
    ]);
  });
});
