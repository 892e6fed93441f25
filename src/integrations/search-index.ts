import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { kindIds } from '../data/kinds.ts';
import { folderMatches, RECORD_FILE, recordFolder } from '../cache/digest-record.ts';
import { sha1 } from '../cache/file-digest.ts';
import { partName } from '../cache/write-aside.ts';

/**
 * The pages Pagefind reads: entry pages, `<kind>/<id>/index.html`, the only
 * ones with `data-pagefind-body`. Pagefind would leave the listing pages out
 * anyway but still parse them; not handing them over makes indexing faster
 * with the same index (docs/benchmarks.md).
 */
export const INDEXED_PAGES = `{${kindIds.join(',')}}/*/index.html`;

/**
 * Parts of an entry page that are not its story: navigation, captions,
 * facts (searched through filters instead), sources, the link to the
 * correction page (the same words on every page: "đề nghị" would match every
 * "de" query) and related entries.
 */
export const NOT_INDEXED = [
  '.breadcrumbs',
  '.badges',
  '.sample-note',
  'figure.cover',
  '.gallery',
  '.sources',
  '.dates',
  '.correction',
  '.facts',
  '.related-area',
];

/** Pagefind's version, read from its package (a new version indexes anew). */
const PAGEFIND_VERSION = await readFile(path.join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')
  .then((text) => (JSON.parse(text) as { version: string }).version)
  .catch(() => 'unknown');

/** A digest of every page Pagefind reads and of how it indexes them: the same digest, the same index. */
async function siteDigest(site: string, options: object): Promise<string> {
  const pages: string[] = [];
  for (const kind of kindIds) {
    const names = await readdir(path.join(site, kind), { recursive: true }).catch(() => []);
    for (const name of names) {
      const page = `${kind}/${name.split(path.sep).join('/')}`;
      if (path.posix.matchesGlob(page, INDEXED_PAGES)) pages.push(page);
    }
  }
  pages.sort();
  const parts = [PAGEFIND_VERSION, INDEXED_PAGES, JSON.stringify(options)];
  // A few files at a time: 25,000 pages are over a gigabyte.
  for (let i = 0; i < pages.length; i += 64) {
    const batch = pages.slice(i, i + 64);
    const texts = await Promise.all(batch.map((name) => readFile(path.join(site, name))));
    batch.forEach((name, k) => parts.push(name, sha1(texts[k]!)));
  }
  return sha1(parts.join('\n'));
}

/** True when the index kept in `kept` was made from pages with this digest and each of its files is as written. */
async function keptIndexFits(kept: string, digest: string): Promise<boolean> {
  const keptDigest = await readFile(path.join(kept, 'digest.txt'), 'utf8').catch(() => '');
  return keptDigest === digest && (await folderMatches(path.join(kept, 'index')));
}

/**
 * Keeps the index just written in the cache folder with its digest and the
 * record of its files: assembled beside the old one, then renamed into place,
 * so a build stopped halfway leaves the old index or the new one.
 */
async function keepIndex(output: string, kept: string, digest: string): Promise<void> {
  const part = partName(kept);
  await rm(part, { recursive: true, force: true });
  await cp(output, path.join(part, 'index'), { recursive: true });
  await recordFolder(path.join(part, 'index'));
  await writeFile(path.join(part, 'digest.txt'), digest);
  await rm(kept, { recursive: true, force: true });
  await rename(part, kept);
}

/** Pagefind's options: Vietnamese, the regions above left out, a fragment limit for static hosts. */
const INDEX_OPTIONS = { forceLanguage: 'vi', excludeSelectors: NOT_INDEXED, maxFragments: 1500 };

/** The index, written into `output`; Pagefind's helper process is closed whatever happens. */
async function writeIndex(site: string, output: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * After `astro build`, index the built entry pages with Pagefind's Node API
 * (not astro-pagefind: we need the options above). When no built page
 * changed since the last build, the index kept in the cache folder is copied
 * instead, once each of its files is checked against its record.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'guong-sang-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const output = path.join(site, 'pagefind');
        const kept = path.join(cacheDir, 'pagefind');
        const digest = await siteDigest(site, INDEX_OPTIONS);
        if (await keptIndexFits(kept, digest)) {
          await cp(path.join(kept, 'index'), output, {
            recursive: true,
            filter: (source) => path.basename(source) !== RECORD_FILE,
          });
          logger.info(
            `Không trang nào đổi: dùng lại chỉ mục tìm kiếm đã lưu (${Math.round(performance.now() - started)} ms).`,
          );
          return;
        }
        const pages = await writeIndex(site, output);
        await keepIndex(output, kept, digest);
        logger.info(`Đã lập chỉ mục tìm kiếm cho ${pages} trang (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
