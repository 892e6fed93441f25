/**
 * Bad-input fixtures: each folder in test/fixtures/invalid is a tiny content
 * tree with one kind of mistake (or, in nhieu-loi*, several in one file), and
 * expected.txt is what an editor must read for it: every problem with its
 * file, line, field and Vietnamese message, then the count line.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/problems.ts';
import { checkContent } from '../../src/checks/check-content.ts';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const INVALID = path.join(ROOT, 'test/fixtures/invalid');
const CLI = path.resolve(ROOT, 'scripts/editor/validate-content.ts');

const fixtures = readdirSync(INVALID, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** expected.txt without the final newline a text file ends with. */
const expected = (fixture: string) =>
  readFileSync(path.join(INVALID, fixture, 'expected.txt'), 'utf8')
    .replace(/\r\n/g, '\n')
    .replace(/\n$/, '');

async function report(fixture: string): Promise<string> {
  const { problems } = await checkContent({ root: fixture, dir: path.join(fixture, 'content') });
  return formatProblems(problems);
}

/** `path:line:col  field  message → fix`: a file under content/, a field, then the message. */
const PROBLEM_LINE = /^content\/[^\s:]+(?::\d+:\d+)?  \S(?:.*?\S)?  (?<message>.+)$/u;
/** Vietnamese letters (with diacritics, or đ): a message an editor reads is in Vietnamese. */
const VIETNAMESE = /[À-ỹ]/u;
const COUNT_LINE = /^\d+ lỗi trong \d+ tệp\.$/;

/** Lines that would come from a stack trace rather than a message for editors. */
function stackTraceLines(output: string): string[] {
  return output.split('\n').filter((l) => l.includes('Error:') || l.startsWith('    at '));
}

describe('bad-input fixtures', () => {
  it('has at least 30 distinct fixtures, each with expected.txt', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    for (const fixture of fixtures) expect(expected(fixture).split('\n').at(-1), fixture).toMatch(COUNT_LINE);
  });

  it.each(fixtures)('%s', async (name) => {
    const output = await report(path.join(INVALID, name));
    expect(stackTraceLines(output)).toEqual([]);
    const lines = output.split('\n');
    expect(lines.at(-1)).toMatch(COUNT_LINE);
    expect(lines.length, 'at least one problem').toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(PROBLEM_LINE);
      expect(PROBLEM_LINE.exec(line)?.groups?.message, line).toMatch(VIETNAMESE);
    }
    expect(output).toBe(expected(name));
  });
});

describe('an image over 10 MB', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guong-sang-10mb-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('is reported on the field that names it, with its size', async () => {
    // thieu-anh's only mistake is its missing cover: put a real JPEG there, padded to 10.5 MB.
    const fixture = path.join(temp, 'anh-qua-nang');
    cpSync(path.join(INVALID, 'thieu-anh'), fixture, { recursive: true });
    const entry = path.join(fixture, 'content/tap-the/chi-bo-ap-thoi-an');
    cpSync(path.join(INVALID, 'bom/content/tap-the/chi-bo-ap-thoi-an/anh-bia.jpg'), path.join(entry, 'anh-bia.jpg'));
    truncateSync(path.join(entry, 'anh-bia.jpg'), 10.5 * 1024 * 1024);

    const output = await report(fixture);
    expect(stackTraceLines(output)).toEqual([]);
    expect(output).toBe(
      [
        'content/tap-the/chi-bo-ap-thoi-an/index.mdx:10:3  cover.src  Ảnh "anh-bia.jpg" nặng 10,5 MB, quá giới hạn 10 MB. → Thu nhỏ ảnh (chiều rộng 2.400 px là đủ) rồi lưu lại dạng JPEG chất lượng 80–85.',
        '1 lỗi trong 1 tệp.',
      ].join('\n'),
    );
  });
});

describe('size limits, with the big files made at test time', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guong-sang-size-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  /** The valid entry of ma-du-lieu-khong-hop-le (its bad data file removed), with `body` after its frontmatter. */
  async function reportBody(name: string, body: string): Promise<string> {
    const fixture = path.join(temp, name);
    cpSync(path.join(INVALID, 'ma-du-lieu-khong-hop-le'), fixture, { recursive: true });
    rmSync(path.join(fixture, 'content/don-vi'), { recursive: true });
    const entry = path.join(fixture, 'content/tap-the/chi-bo-ap-thoi-an/index.mdx');
    const [frontmatter] = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(entry, 'utf8'))!;
    writeFileSync(entry, `${frontmatter}\n${body}\n`);
    const output = await report(fixture);
    expect(stackTraceLines(output)).toEqual([]);
    return output;
  }

  it('a 15.7 MB file is refused before it is read', async () => {
    expect(await reportBody('15-mb', 'Chi bộ ấp Thới An. '.repeat(660_000))).toBe(
      [
        'content/tap-the/chi-bo-ap-thoi-an/index.mdx  tệp  Tệp nặng 15,7 MB, quá giới hạn 200 KB. → Một bài chỉ cần chữ (thường dưới 20 KB): xóa phần dán thừa, tách ảnh thành tệp riêng đặt cạnh index.mdx.',
        '1 lỗi trong 1 tệp.',
      ].join('\n'),
    );
  });

  it('a body over 100,000 characters is refused before it is compiled', async () => {
    expect(await reportBody('than-dai', 'a'.repeat(100_001))).toBe(
      [
        'content/tap-the/chi-bo-ap-thoi-an/index.mdx:19:1  nội dung  Nội dung dài 100.003 ký tự, quá giới hạn 100.000 ký tự. → Rút gọn câu chuyện (giữ những việc làm tiêu biểu, chi tiết để ở nguồn), hoặc tách thành nhiều bài.',
        '1 lỗi trong 1 tệp.',
      ].join('\n'),
    );
  });
});

describe('npm run check:content -- --fix', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guong-sang-fix-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it.each(['bom', 'chu-nfd', 'ky-tu-vo-hinh', 'ky-tu-dao-chieu'])('repairs %s completely', async (name) => {
    const fixture = path.join(temp, name);
    cpSync(path.join(INVALID, name), fixture, { recursive: true });
    const fixed = await checkContent({ root: fixture, dir: path.join(fixture, 'content'), fix: true });
    expect(fixed.fixed).toEqual(['content/tap-the/chi-bo-ap-thoi-an/index.mdx']);
    expect(fixed.problems).toEqual([]);
  });
});

describe('symbolic links inside content/', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guong-sang-links-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('are reported, never followed: an entry folder, an index.mdx, a data file', async () => {
    // bo-suu-tap-muc-khong-ton-tai has a valid entry; its only mistake is the collection, removed here.
    const fixture = path.join(temp, 'lien-ket');
    cpSync(path.join(INVALID, 'bo-suu-tap-muc-khong-ton-tai'), fixture, { recursive: true });
    rmSync(path.join(fixture, 'content/bo-suu-tap'), { recursive: true });
    const content = path.join(fixture, 'content');
    const outside = path.join(temp, 'ngoai');
    cpSync(path.join(content, 'tap-the/chi-bo-ap-thoi-an'), outside, { recursive: true });
    symlinkSync(outside, path.join(content, 'tap-the/chi-bo-ap-dong-phu'));
    mkdirSync(path.join(content, 'tap-the/chi-bo-ap-thoi-hoa'));
    symlinkSync(path.join(outside, 'index.mdx'), path.join(content, 'tap-the/chi-bo-ap-thoi-hoa/index.mdx'));
    mkdirSync(path.join(content, 'don-vi'));
    symlinkSync('/etc/hostname', path.join(content, 'don-vi/quan-uy-o-mon.yaml'));

    const output = await report(fixture);
    expect(stackTraceLines(output)).toEqual([]);
    expect(output).toBe(
      [
        'content/don-vi/quan-uy-o-mon.yaml  tệp  Tệp "quan-uy-o-mon.yaml" là một liên kết (symlink), không phải tệp thật. → Thay liên kết bằng tệp thật; vì an toàn, trang không đọc gì qua liên kết.',
        'content/tap-the/chi-bo-ap-dong-phu  tệp  Thư mục "chi-bo-ap-dong-phu" là một liên kết (symlink), không phải thư mục thật. → Thay liên kết bằng thư mục thật; vì an toàn, trang không đọc gì qua liên kết.',
        'content/tap-the/chi-bo-ap-thoi-hoa/index.mdx  tệp  Tệp "index.mdx" là một liên kết (symlink), không phải tệp thật. → Thay liên kết bằng tệp thật; vì an toàn, trang không đọc gì qua liên kết.',
        '3 lỗi trong 3 tệp.',
      ].join('\n'),
    );
  });
});

describe('hostile YAML, made at test time', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guong-sang-yaml-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const DEEP =
    'Dữ liệu lồng nhau quá sâu (hơn 20 tầng danh sách hoặc nhóm). → Mỗi bài chỉ cần vài tầng thụt lề: xem lại các dấu [ ] { } và các dòng "- " ở đây.';
  const ALIAS =
    'Không dùng & và * trong YAML (neo, bí danh) hay khóa gộp <<: mỗi giá trị phải được viết ra đầy đủ. → Viết thẳng giá trị vào từng chỗ cần dùng; nếu & hoặc * là một phần của chữ, đặt cả giá trị trong dấu ngoặc kép.';

  /** The report for a content tree with only the data file content/don-vi/quan-uy-o-mon.yaml. */
  async function reportData(name: string, yaml: string): Promise<string> {
    const fixture = path.join(temp, name);
    mkdirSync(path.join(fixture, 'content/don-vi'), { recursive: true });
    writeFileSync(path.join(fixture, 'content/don-vi/quan-uy-o-mon.yaml'), yaml);
    const output = await report(fixture);
    expect(stackTraceLines(output)).toEqual([]);
    return output;
  }

  it.each([
    ['5,000 nested lists', `name: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, '1:26'],
    ['5,000 nested maps', `name: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`, '1:83'],
    ['5,000 list markers on one line', `name:\n  ${'- '.repeat(5000)}x\n`, '2:41'],
    ['300 indented groups', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:\n`).join(''), '21:21'],
  ])('%s: refused as too deep, before anything recursive runs', async (name, yaml, at) => {
    expect(await reportData(name.replace(/\W+/g, '-'), yaml)).toBe(
      [`content/don-vi/quan-uy-o-mon.yaml:${at}  phần đầu  ${DEEP}`, '1 lỗi trong 1 tệp.'].join('\n'),
    );
  });

  it('a billion laughs (aliases nine deep, nine wide) is refused by its first anchor', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => {
      const [name, inner] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
      return `${name}: &${name} [${Array(9).fill(`*${inner}`).join(', ')}]`;
    });
    const yaml = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]', ...levels, ''].join('\n');
    expect(await reportData('billion-laughs', yaml)).toBe(
      [`content/don-vi/quan-uy-o-mon.yaml:1:4  phần đầu  ${ALIAS}`, '1 lỗi trong 1 tệp.'].join('\n'),
    );
  });

  it('a merge key is refused', async () => {
    expect(await reportData('merge', 'name: Quận ủy Ô Môn\n<<: {type: cap-uy}\n')).toBe(
      [`content/don-vi/quan-uy-o-mon.yaml:2:1  phần đầu  ${ALIAS}`, '1 lỗi trong 1 tệp.'].join('\n'),
    );
  });
});

describe('npm run check:content, as editors run it', () => {
  const run = (cwd: string, args: string[] = []) => {
    const env = { ...process.env };
    delete env.CONTENT_DIR;
    return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
  };

  it('prints every problem on stderr, then the count, and exits 1', () => {
    const fixture = 'tinh-khong-dau';
    const result = run(path.join(INVALID, fixture));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(stackTraceLines(result.stderr)).toEqual([]);
    const lines = result.stderr.trimEnd().split('\n');
    const want = expected(fixture).split('\n');
    expect(lines.slice(0, want.length)).toEqual(want);
    expect(lines.slice(want.length)).toHaveLength(1);
    expect(lines.at(-1)).toMatch(
      /^Đã kiểm tra 1 tệp trong [\d,]+ giây\. Sửa các lỗi trên rồi chạy lại npm run check:content\.$/,
    );
  });

  it('says "Không có lỗi." and exits 0 on valid content (the test site\'s)', () => {
    const result = run(ROOT, ['--dir', 'test/fixtures/site/content']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Không có lỗi\. Đã kiểm tra \d+ tệp trong [\d,]+ giây\.\n$/);
  });
});
