import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Parts of an entry page that are not its story: navigation, captions,
 * facts (searched through filters instead), sources and related entries.
 */
export const NOT_INDEXED = ['.breadcrumbs', '.badges', '.sample-note', 'figure.cover', '.gallery', '.sources', '.dates', '.facts', '.related-area'];

/**
 * After `astro build`, index the built entry pages with Pagefind's Node API
 * (not astro-pagefind: we need its options — language, excluded regions and
 * the fragment limit for static hosts — and one place to measure it).
 */
export function searchIndex(options: { maxFragments?: number } = {}): AstroIntegration {
  return {
    name: 'guong-sang-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          forceLanguage: 'vi',
          excludeSelectors: NOT_INDEXED,
          maxFragments: options.maxFragments ?? 1500,
        });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Đã lập chỉ mục tìm kiếm cho ${added.page_count} trang (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
