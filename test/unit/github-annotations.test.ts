/** Content problems on GitHub: annotations at file and line, and the job summary, in Vietnamese. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotation, jobSummary } from '../../scripts/lib/github-annotations.ts';
import type { Problem } from '../../src/lib/problems.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const problem: Problem = {
  file: 'content/tap-the/chi-bo-ap-thoi-an/index.mdx',
  line: 10,
  column: 5,
  field: 'units.0',
  message: 'Đơn vị "quan-uy-o-mong" không tồn tại.',
  fix: 'Bạn có định viết "quan-uy-o-mon" không?',
};

describe('annotation', () => {
  it('is an ::error workflow command at the file, line and column, with the message and the fix', () => {
    expect(annotation(problem)).toBe(
      '::error file=content/tap-the/chi-bo-ap-thoi-an/index.mdx,line=10,col=5,title=Lỗi nội dung%3A units.0::Đơn vị "quan-uy-o-mong" không tồn tại. → Bạn có định viết "quan-uy-o-mon" không?',
    );
  });

  it('escapes what GitHub would read as its own syntax', () => {
    const odd = { file: 'content/a,b.yaml', field: 'name', message: '100% sai\ndòng hai' };
    expect(annotation(odd)).toBe('::error file=content/a%2Cb.yaml,title=Lỗi nội dung%3A name::100%25 sai%0Adòng hai');
  });
});

describe('jobSummary', () => {
  it('lists every problem under its file, with line, field, message and fix', () => {
    const summary = jobSummary(
      [
        problem,
        { ...problem, line: 2, column: 1, field: 'summary', message: 'Thiếu tóm tắt (summary).', fix: 'Thêm | dòng' },
      ],
      12,
    );
    expect(summary).toContain('## Kiểm tra nội dung: 2 lỗi trong 1 tệp');
    expect(summary).toContain('### content/tap-the/chi-bo-ap-thoi-an/index.mdx');
    expect(summary).toContain('| 2 | summary | Thiếu tóm tắt (summary). | Thêm \\| dòng |');
    expect(summary.indexOf('| 2 |')).toBeLessThan(summary.indexOf('| 10 |'));
  });

  it('says so when there is nothing to fix', () => {
    expect(jobSummary([], 1500)).toBe(
      '## Kiểm tra nội dung: không có lỗi\n\nĐã kiểm tra 1.500 tệp trong thư mục content.\n',
    );
  });
});

describe('npm run check:content on GitHub Actions', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'gs-annotations-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('prints an annotation per problem and writes the job summary', () => {
    const fixture = path.join(ROOT, 'test/fixtures/invalid/don-vi-khong-ton-tai');
    const summary = path.join(work, 'summary.md');
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/editor/validate-content.ts'), '--dir', 'content'],
      {
        cwd: fixture,
        encoding: 'utf8',
        env: {
          ...process.env,
          GITHUB_ACTIONS: 'true',
          GITHUB_STEP_SUMMARY: summary,
          ASTRO_CACHE_DIR: path.join(work, 'cache'),
        },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error file=content/tap-the/chi-bo-ap-thoi-an/index.mdx,line=10,col=5,title=Lỗi nội dung%3A units.0::Đơn vị "quan-uy-o-mong" không tồn tại. → Bạn có định viết "quan-uy-o-mon" không?',
    );
    expect(readFileSync(summary, 'utf8')).toContain('## Kiểm tra nội dung: 1 lỗi trong 1 tệp');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
