/**
 * An editor's pull request touches content only, and no test counts the live
 * content (issue 18): here a copy of the content gets a new entry made the way
 * `npm run new` makes it, and loses another; the content check passes and the
 * site builds with the new page and without the removed one.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planEntry, renderEntry } from '../../scripts/lib/new-entry.ts';
import { readShapeLiterals } from '../../scripts/lib/schema-docs.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { build } from '../support/build.ts';
import { siteContent } from '../support/site.ts';
import { fill } from '../support/template.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gs-editor-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const TITLE = 'Chi bộ ấp Thới Bình';
/** Every text file of the content, to find an entry nothing points at. */
const texts = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx|ya?ml)$/.test(f))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
/** A cá nhân no collection, related list or other file names: removing it is a valid change. */
const removed = readdirSync(path.join(siteContent, 'ca-nhan')).find(
  (id) => !texts(siteContent).some((t) => t.includes(`ca-nhan/${id}`)),
)!;

/** The template as an editor fills it for an entry without a photo (its cover group stays switched off). */
function newEntryText(): string {
  const { text } = renderEntry(
    { kind: 'tap-the', title: TITLE, province: 'Cần Thơ', fields: ['Dân vận'] },
    { shapes: readShapeLiterals(), today: '2026-12-04' },
  );
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(fill(text))![0];
  return `${frontmatter}\nChi bộ vận động bà con hiến đất làm đường, theo nguồn đã dẫn.\n`;
}

let slug = '';
beforeAll(() => {
  cpSync(siteContent, content, { recursive: true });
  const plan = planEntry(content, 'tap-the', TITLE);
  if (!plan.ok) throw new Error(plan.message);
  slug = plan.slug;
  mkdirSync(plan.dir);
  writeFileSync(plan.file, newEntryText());
  rmSync(path.join(content, 'ca-nhan', removed), { recursive: true });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a content-only change: one entry added with npm run new, one removed', () => {
  it('passes check:content', async () => {
    const { problems } = await checkContent({ root: work, dir: content });
    expect(problems).toEqual([]);
  });

  it('builds, with the new page listed and the removed one gone', () => {
    build({ content, outDir: dist, cacheDir: path.join(work, 'cache') });
    const page = readFileSync(path.join(dist, 'tap-the', slug, 'index.html'), 'utf8');
    expect(page).toMatch(new RegExp(`<h1[^>]*>${TITLE}</h1>`));
    expect(page).toMatch(/role="img" aria-label="Chưa có ảnh"/);
    expect(readFileSync(path.join(dist, 'tap-the/index.html'), 'utf8')).toContain(`href="/tap-the/${slug}/"`);
    expect(existsSync(path.join(dist, 'ca-nhan', removed))).toBe(false);
    expect(readFileSync(path.join(dist, 'ca-nhan/index.html'), 'utf8')).not.toContain(`/ca-nhan/${removed}/`);
  }, 600_000);
});
