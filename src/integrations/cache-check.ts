import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type AstroCacheCheck, checkAstroCache, recordAstroCache } from '../cache/astro-cache.ts';
import { removeLeftovers } from '../cache/leftovers.ts';

/**
 * The cache folder checked before a build uses it: the files killed builds
 * left half-written are deleted, and so is every file of Astro's own caches
 * (cached pages, the content layer's store) that does not match the record made when it
 * was written (src/cache/astro-cache.ts), so that Astro makes it again; the
 * record is written when the build is done. Listed second in
 * astro.config.mjs, after the build lock. Our image cache and the kept
 * search index check their own files where they use them.
 */
export function cacheCheck(): AstroIntegration {
  let cacheDir = '';
  let checked: AstroCacheCheck | undefined;
  return {
    name: 'guong-sang-cache-check',
    hooks: {
      // Before Astro loads the content layer's store (it does so before `astro:build:start`).
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        const started = performance.now();
        const leftovers = await removeLeftovers(cacheDir);
        const { kept, deleted } = await checkAstroCache(cacheDir);
        checked = kept;
        const pages = kept.get('dist')!.size;
        const ms = Math.round(performance.now() - started);
        logger.info(
          `Bộ nhớ đệm: ${pages} trang khớp bản ghi, ${deleted} tệp không khớp đã xóa để làm lại, ` +
            `${leftovers} tệp dở dang đã xóa (${ms} ms).`,
        );
      },
      'astro:build:done': async () => {
        if (checked) await recordAstroCache(cacheDir, checked);
      },
    },
  };
}
