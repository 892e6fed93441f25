import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { acquire, release } from '../cache/build-lock.ts';

/** Signals that end a build early; the lock is given up, then the signal does what it would have done. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Locks the cache folder and the output folder for the whole of `astro build`
 * (src/cache/build-lock.ts), before anything writes into them: listed first in
 * astro.config.mjs, ahead of the content check. Given up when the process
 * ends (the build done or failed: the images and the search index are still
 * written in the last `astro:build:done` hooks) or is interrupted. `astro dev`
 * and `astro preview` take no lock.
 */
export function buildLock(): AstroIntegration {
  const folders: string[] = [];
  const releaseAll = () => folders.forEach(release);
  const onSignal = (signal: NodeJS.Signals) => {
    releaseAll();
    for (const name of SIGNALS) process.removeListener(name, onSignal);
    process.kill(process.pid, signal);
  };
  return {
    name: 'guong-sang-build-lock',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const wanted = [fileURLToPath(config.cacheDir), fileURLToPath(config.outDir)];
        for (const folder of wanted) {
          try {
            acquire(folder);
          } catch (error) {
            releaseAll();
            throw error;
          }
          folders.push(folder);
        }
        process.once('exit', releaseAll);
        for (const name of SIGNALS) process.once(name, onSignal);
      },
    },
  };
}
