/**
 * Deleting a required field from any sample entry stops the build with a
 * Vietnamese message naming the file and the field.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kindIds } from '../../src/data/kinds.ts';
import { checkEntry } from '../../src/checks/check-entry.ts';
import { readContentIndex } from '../../src/checks/content-index.ts';
import { entrySchemas } from '../../src/schemas/index.ts';
import { imagePath } from '../../src/schemas/media.ts';
import { runBuild } from '../support/build.ts';
import { root, siteContent } from '../support/site.ts';

const content = siteContent;
const index = readContentIndex(content);

/** The entry file with one top-level frontmatter key removed. */
function without(text: string, key: string): string {
  const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const doc = parseDocument(fm!);
  doc.delete(key);
  return `---\n${doc.toString()}---\n${body}`;
}

function requiredKeys(kind: (typeof kindIds)[number]): string[] {
  const schema = entrySchemas[kind](imagePath) as unknown as {
    shape: Record<string, { safeParse(v: unknown): { success: boolean } }>;
  };
  return Object.entries(schema.shape)
    .filter(([, s]) => !s.safeParse(undefined).success)
    .map(([k]) => k);
}

describe('a missing required field', () => {
  for (const kind of kindIds) {
    const keys = requiredKeys(kind);
    it(`${kind}: every required field (${keys.join(', ')}) of every sample entry is reported with file and field`, () => {
      expect(keys).toEqual(
        // cover is optional since issue 17: an entry without a photo gets a typographic cover.
        expect.arrayContaining(['title', 'summary', 'fields', 'place', 'sources', 'published']),
      );
      for (const id of readdirSync(path.join(content, kind))) {
        const file = `content/${kind}/${id}/index.mdx`;
        const text = readFileSync(path.join(content, kind, id, 'index.mdx'), 'utf8');
        expect(checkEntry(kind, file, text, index).problems, file).toEqual([]);
        for (const key of keys) {
          const problems = checkEntry(kind, file, without(text, key), index).problems;
          expect(
            problems.some((p) => p.file === file && p.field === key && /^Thiếu /.test(p.message)),
            `${file} − ${key}`,
          ).toBe(true);
        }
      }
    });
  }

  it('makes `astro build` fail with "Thiếu tóm tắt (summary)." and the file', () => {
    const work = mkdtempSync(path.join(root, 'node_modules', '.gs-missing-'));
    try {
      const corpus = path.join(work, 'content');
      cpSync(content, corpus, { recursive: true });
      const id = readdirSync(path.join(corpus, 'tap-the'))[0]!;
      const entry = path.join(corpus, 'tap-the', id, 'index.mdx');
      writeFileSync(entry, without(readFileSync(entry, 'utf8'), 'summary'));
      const run = runBuild({ content: corpus, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
      const output = run.log;
      expect(run.status).not.toBe(0);
      const rel = path.relative(root, entry).split(path.sep).join('/');
      expect(output).toContain(
        `${rel}:2:1  summary  Thiếu tóm tắt (summary). → Thêm dòng "summary: …" vào phần đầu tệp (giữa hai dòng ---).`,
      );
      expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
