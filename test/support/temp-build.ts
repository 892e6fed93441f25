/**
 * `astro build` of a copy of the content into folders of a test's own (its
 * output and cache folders), beside the sample build of test/support/site.ts.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { root } from './site.ts';

export interface BuildFolders {
  content: string;
  dist: string;
  cache: string;
}

/** Builds `content` into `dist` (emptied first) with the cache folder `cache`; the exit status and the log, without colours. */
export function buildInto({ content, dist, cache }: BuildFolders): { status: number | null; log: string } {
  rmSync(dist, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      CONTENT_DIR: content,
      OUT_DIR: dist,
      ASTRO_CACHE_DIR: cache,
      SITE_URL: '',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  // Astro colours its log when CI is set, even into a pipe.
  const log = `${run.stdout}${run.stderr}`.replace(/\x1b\[[\d;]*m/g, '');
  return { status: run.status, log };
}

/** The same, failing with the log when the build fails. */
export function build(folders: BuildFolders): string {
  const { status, log } = buildInto(folders);
  if (status !== 0) throw new Error(`astro build exited with ${status}:\n${log}`);
  return log;
}
