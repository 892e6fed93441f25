/**
 * The benchmark corpus (npm run corpus, npm run bench) is content the site accepts:
 * check:content finds nothing in it, the sample rules included, so a benchmark
 * measures a build and not a refusal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(os.tmpdir(), 'gs-corpus-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the generated corpus', () => {
  it.each([
    { entries: 12, covers: 1, how: 'one cover shared by all (shared: true)' },
    { entries: 4, covers: 0, how: 'a photo of its own per entry, as npm run bench makes it' },
  ])('passes check:content, as illustrative content: $how', { timeout: 120_000 }, async ({ entries, covers }) => {
    const dir = path.join(out, String(covers));
    const run = spawnSync(
      process.execPath,
      ['scripts/generate/corpus.ts', '--entries', String(entries), '--covers', String(covers), '--out', dir],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Đã tạo ${entries} mục`);
    const { problems, files } = await checkContent({ root: ROOT, dir });
    expect(problems).toEqual([]);
    expect(files).toBeGreaterThan(entries);
    expect(readFileSync(path.join(dir, 'bo-suu-tap', 'tuyen-chon.yaml'), 'utf8')).toContain('entries:');
  });
});
