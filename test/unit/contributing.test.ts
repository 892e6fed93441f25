/**
 * CONTRIBUTING.md against the real tools: the template of the browser-only
 * flow is caught by the content check as pasted and passes once filled, and
 * the step the guide tells editors to read exists in the GitHub workflow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/checks/check-entry.ts';
import type { ContentIndex } from '../../src/checks/content-index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const section = guide.slice(guide.indexOf('## Gửi bài chỉ bằng trình duyệt'), guide.indexOf('## 1. Ba loại bài'));
/** The template of the browser-only flow, as an editor copies it (the list's indentation removed). */
const template = /```mdx\n([\s\S]*?)\n\s*```/
  .exec(section)![1]!
  .split('\n')
  .map((l) => l.replace(/^ {3}/, ''))
  .join('\n');
const index: ContentIndex = { units: new Set(), campaigns: new Set(), entries: new Set() };
const FILE = 'content/tap-the/chi-bo-ap-thoi-an/index.mdx';

describe('the browser-only flow of CONTRIBUTING.md', () => {
  it('has a template, and the check catches it as pasted (placeholders left in)', () => {
    const fields = checkEntry('tap-the', FILE, template, index).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['sources.0.url', 'title']));
  });

  it('passes the content check once the capital-letter placeholders are filled from a source', () => {
    const filled = template
      .replace('TÊN TẬP THỂ', 'Chi bộ ấp Thới An')
      .replace(
        'MỘT HOẶC HAI CÂU TÓM TẮT, THEO NGUỒN',
        'Chi bộ vận động bà con hiến đất làm đường giao thông nông thôn.',
      )
      .replace('TIÊU ĐỀ BÀI BÁO', 'Chi bộ ấp Thới An vận động làm đường')
      .replace('TÊN BÁO', 'Báo Cần Thơ')
      .replace('https://…', 'https://baocantho.com.vn/chi-bo-ap-thoi-an.html');
    expect(checkEntry('tap-the', FILE, filled, index).problems).toEqual([]);
  });

  it('names the workflow step whose Details hold the Vietnamese summary', () => {
    expect(section).toContain('**Kiểm tra nội dung**');
    const workflow = readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8');
    expect(workflow).toMatch(/- name: Kiểm tra nội dung \(npm run check:content\)\n\s+run: npm run check:content/);
  });
});
