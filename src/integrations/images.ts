import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ImageCache } from '../images/image-cache.ts';
import { imageJobs, onImageJob } from '../images/image-jobs.ts';
import { imageSummary } from '../images/image-log.ts';

/** The pipeline's folder inside Astro's cacheDir (kept between builds like the rest of it). */
export const IMAGE_CACHE_FOLDER = 'guong-sang-images';

/**
 * The site's own image pipeline for entries' covers and galleries
 * (src/images/pictures.ts asks for the files, src/images/image-cache.ts makes
 * them). In a build, encoding starts as soon as the routes ask for a file —
 * while Astro is still rendering pages on its one thread — and the files are
 * copied into the output when the build is done. In `astro dev`, a file is
 * made when the browser asks for it.
 */
export function images(): AstroIntegration {
  let cache: ImageCache;
  const started: Promise<unknown>[] = [];
  return {
    name: 'guong-sang-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = new ImageCache(
          fileURLToPath(config.root),
          path.join(fileURLToPath(config.cacheDir), IMAGE_CACHE_FOLDER),
        );
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const job = imageJobs().get(decodeURI((req.url ?? '').split('?')[0]!));
          if (!job) return next();
          cache.file(job).then((file) => {
            res.setHeader('Content-Type', `image/${job.format}`);
            res.setHeader('Cache-Control', 'no-cache');
            createReadStream(file).pipe(res);
          }, next);
        });
      },
      'astro:build:start': () => {
        onImageJob((_url, job) => {
          // Only encodes what is missing: cached files are read and checked when published, after the pages.
          const encoding = cache.prepare(job);
          // Awaited at build:done, where a failure is reported.
          encoding.catch(() => {});
          started.push(encoding);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        onImageJob(undefined);
        const begun = performance.now();
        const out = fileURLToPath(dir);
        const jobs = [...imageJobs()];
        if (jobs.length) await mkdir(path.join(out, '_astro'), { recursive: true });
        await Promise.all(jobs.map(([url, job]) => cache.writeTo(job, path.join(out, url))));
        await cache.saveRecord();
        const { encoded, reused, originals } = cache.counts;
        logger.info(imageSummary(jobs.length, encoded, reused, originals, performance.now() - begun));
      },
    },
  };
}
