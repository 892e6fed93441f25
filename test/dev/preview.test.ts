/**
 * `npm run dev` as an editor uses it: the sample content copied to a
 * temporary folder, `astro dev` serving it, an entry open in Chromium; the
 * editor saves the entry's file with a new sentence and the open page shows
 * it by itself within two seconds (issue "Quy mô toàn quốc": an edited entry
 * is previewed "within a second or two"), and its cover is served by the
 * image pipeline on request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { freePort, root, siteContent, waitFor } from '../support/site.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gs-dev-'));
const content = path.join(work, 'content');
const ENTRY = 'tap-the/quan-uy-o-mon';
const SENTENCE = 'Câu này được thêm khi xem trước bằng npm run dev.';
/** Save → shown on the open page, in ms. */
const BUDGET = 2_000;

const browser = useBrowser();

/** The test runner's environment without what Vitest adds (NODE_ENV=test, VITEST*), as a terminal has it. */
function devEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  return env;
}

let server: ChildProcess;
let base: string;
let log = '';

beforeAll(async () => {
  cpSync(siteContent, content, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: {
        ...devEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: content,
        ASTRO_CACHE_DIR: path.join(work, 'cache'),
        SITE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  await waitFor(`${base}/${ENTRY}/`, 90_000).catch((error: Error) => {
    throw new Error(`astro dev did not start: ${error.message}\n${log}`);
  });
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it(`shows an edited entry on the open page within ${BUDGET} ms of saving`, async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/${ENTRY}/`);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    expect(title).not.toBe('');
    await expect(page.locator('main').textContent()).resolves.not.toContain(SENTENCE);
    // Vite's client connects over a WebSocket; wait until it has, or a reload could be missed.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('@vite/client')),
    );
    await page.waitForTimeout(500);

    const file = path.join(content, ENTRY, 'index.mdx');
    const saved = Date.now();
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${SENTENCE}\n`);
    await page.waitForFunction((s) => document.querySelector('main')?.textContent?.includes(s), SENTENCE, {
      timeout: 15_000,
      polling: 50,
    });
    const shown = Date.now() - saved;
    console.log(`dev: edited entry shown ${shown} ms after saving`);
    expect(shown).toBeLessThanOrEqual(BUDGET);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await page.close();
  });

  it('serves the cover through the image pipeline, each srcset candidate at its width', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/${ENTRY}/`);
    const cover = page.locator('main img').first();
    await expect(cover.getAttribute('alt')).resolves.toMatch(/\S/);
    const natural = await cover.evaluate(async (img: HTMLImageElement) => {
      if (!img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }));
      return img.naturalWidth;
    });
    expect(natural).toBeGreaterThan(0);
    const candidates = ((await cover.getAttribute('srcset')) ?? '').split(',').map((c) => c.trim().split(/\s+/));
    expect(candidates.length).toBeGreaterThan(1);
    for (const [url, width] of candidates) {
      const response = await page.request.get(new URL(url!, base).href);
      expect(response.status(), url).toBe(200);
      const { width: actual } = await sharp(await response.body()).metadata();
      expect(`${actual}w`, url).toBe(width);
    }
    await page.close();
  });
});
