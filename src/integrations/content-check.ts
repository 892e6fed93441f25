import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { ContentError } from '../lib/problems.ts';
import { checkContent } from '../checks/check-content.ts';

/**
 * Before `astro build` loads anything, run the whole content check (the same
 * as `npm run check:content`) and stop with every problem at once. The loaders
 * check again per file, which is what `astro dev` shows.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'guong-sang-content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const { problems, files } = await checkContent({
          root,
          dir: contentDir(root),
          cacheDir: fileURLToPath(config.cacheDir),
        });
        if (problems.length) throw new ContentError(problems);
        logger.info(`${files} tệp nội dung hợp lệ (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
