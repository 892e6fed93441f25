/**
 * `npm run check:content`: check every entry and data file the way the build
 * does, without building. Prints every problem, one a line, then a count;
 * exits 1 when there is any. `--fix` first rewrites files in NFC without BOM
 * or invisible characters (src/lib/invisible.ts).
 * `--dir <folder>` checks another content folder (default: content, or CONTENT_DIR).
 * On GitHub Actions (GITHUB_ACTIONS=true) each problem is also an annotation on
 * the pull request's diff, and the job summary lists them (scripts/lib/github-annotations.ts).
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../../src/checks/check-content.ts';
import { annotation, jobSummary } from '../lib/github-annotations.ts';
import { formatProblems } from '../../src/lib/problems.ts';

const { values } = parseArgs({
  options: { fix: { type: 'boolean', default: false }, dir: { type: 'string' } },
});
const root = process.cwd();
const dir = path.resolve(root, values.dir ?? process.env.CONTENT_DIR ?? 'content');

const started = performance.now();
// The same cache folder as the build (astro.config.mjs), so unchanged files are not checked again.
const cacheDir = path.resolve(root, process.env.ASTRO_CACHE_DIR || 'node_modules/.astro');
const { problems, files, fixed } = await checkContent({ root, dir, fix: values.fix, cacheDir });
const seconds = ((performance.now() - started) / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 2 });

for (const file of fixed) console.log(`Đã sửa (NFC, bỏ BOM và ký tự vô hình): ${file}`);
// On GitHub Actions: an annotation at each problem's file and line, and a summary of the job in Vietnamese.
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const p of problems) console.log(annotation(p));
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(problems, files));
}
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`Đã kiểm tra ${files} tệp trong ${seconds} giây. Sửa các lỗi trên rồi chạy lại npm run check:content.`);
  process.exitCode = 1;
} else {
  console.log(`Không có lỗi. Đã kiểm tra ${files} tệp trong ${seconds} giây.`);
}
