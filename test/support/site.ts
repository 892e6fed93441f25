/**
 * Vitest global setup for the site tests: builds the sample site once into
 * dist/ (the same `astro build` as `npm run build`) and serves it with
 * `astro preview` on a free port. Tests read `inject('baseUrl')`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

export const root = fileURLToPath(new URL('../../', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.GS_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CONTENT_DIR: '' },
    });
  }
  const server = await preview({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}
