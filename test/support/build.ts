/**
 * `astro build` as `npm run build` runs it, on another content folder and into
 * folders of the test's own (output and cache), so build tests never touch the
 * sample site's dist/ and cache, nor each other's.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { root } from './site.ts';

export interface BuildFolders {
  /** The content folder to build (CONTENT_DIR). */
  content: string;
  /** The output folder (OUT_DIR). */
  outDir: string;
  /** Astro's cache folder (ASTRO_CACHE_DIR). */
  cacheDir: string;
  /** More environment variables for this build (e.g. SAMPLES). */
  env?: Record<string, string>;
}

export interface BuildRun {
  status: number | null;
  /** Everything the build printed, stdout then stderr, without colours (Astro colours its log when CI is set). */
  log: string;
}

/** Runs one build into an emptied output folder and returns how it ended. */
export function runBuild({ content, outDir, cacheDir, env = {} }: BuildFolders): BuildRun {
  rmSync(outDir, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      CONTENT_DIR: content,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      SITE_URL: '',
      ...env,
    },
  });
  return { status: run.status, log: `${run.stdout}${run.stderr}`.replace(/\x1b\[[\d;]*m/g, '') };
}

/** Runs one build that must succeed; its log. */
export function build(folders: BuildFolders): string {
  const run = runBuild(folders);
  if (run.status !== 0) throw new Error(`astro build exited with ${run.status}:\n${run.log}`);
  return run.log;
}
