/**
 * Vitest global setup for the site tests: builds the test site once — the
 * frozen content in test/fixtures/site/content, never the live content/ — with
 * the same `astro build` as `npm run build`, into folders of the tests' own
 * (siteDist, siteCache), and serves it with `astro preview` on a free port.
 * Tests read `inject('baseUrl')`. Adding, editing or removing an entry in
 * content/ can therefore never change what a test counts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The content the site tests build and count: a frozen copy, changed only with the tests that count it. */
export const siteContent = path.join(root, 'test/fixtures/site/content');
/** Where the site tests build it, and the build cache they keep between runs (GS_SKIP_BUILD=1 reuses the build). */
const testFolder = path.join(root, 'node_modules/.cache/guong-sang-tests');
export const siteDist = path.join(testFolder, 'dist');
export const siteCache = path.join(testFolder, 'astro');
const astro = ['node_modules/astro/bin/astro.mjs'];

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** A free TCP port on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers 200, polling; throws after `ms`. */
export async function waitFor(url: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

/** Serves a built output folder with `astro preview` on a free port, as the site tests serve dist/. */
export async function preview(outDir: string): Promise<{ baseUrl: string; stop: () => void }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [...astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, SITE_URL: '' },
      stdio: 'ignore',
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`);
  return { baseUrl, stop: () => void server.kill() };
}

export default async function setup(project: TestProject) {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    CONTENT_DIR: siteContent,
    OUT_DIR: siteDist,
    ASTRO_CACHE_DIR: siteCache,
    SITE_URL: '',
    SAMPLES: '',
  };
  if (process.env.GS_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [...astro, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env });
  }
  const port = await freePort();
  // --ignore-lock: start even when another preview (a developer's, another test run) holds the
  // lock, and stay in the foreground so server.kill() below stops it.
  const server = spawn(
    process.execPath,
    [...astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env,
      stdio: 'ignore',
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill();
  };
}
