/**
 * Search speed in a real browser: serves a built site, opens /tim-kiem/ in
 * Chromium, types each query, and measures the time from the last keystroke
 * to the first rendered results (the 150 ms typing pause included), and the
 * bytes fetched for the first query in a fresh browser.
 *
 *   npm run bench:search -- --dist .bench/ours-25525/dist [--queries "a|b|c"]
 *
 * Prints the median and each query's time; writes .bench/search-<name>.json.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../test/support/browser.ts';
import { freePort } from '../test/support/site.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    queries: { type: 'string' },
  },
});
const ROOT = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(ROOT, values.dist!);
/** Words the sample content and the generated corpus both use, with and without accents, đ included. */
const QUERIES = (
  values.queries ??
  'dang uy|Đảng ủy|doan thanh nien|hội phụ nữ|cuu chien binh|nha doan ket|thap sang duong que|giao vien|dong hai|tu sach|hop tac xa|duc'
).split('|');

async function serve(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--ignore-lock',
    ],
    { cwd: ROOT, env: { ...process.env, OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/tim-kiem/`)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('the preview server did not start');
}

/** Watch the page: when the input changes, and when results for the current input are on screen. */
const INSTRUMENT = () => {
  const input = document.querySelector<HTMLInputElement>('[data-query]')!;
  const status = document.querySelector('[data-status]')!;
  const list = document.querySelector('[data-results]')!;
  const t: { last: number; done: number | null } = { last: 0, done: null };
  (window as unknown as { __bench: typeof t }).__bench = t;
  input.addEventListener('input', () => {
    t.last = performance.now();
    t.done = null;
  });
  const check = () => {
    const q = input.value.trim();
    if (t.done === null && q && status.textContent?.includes(`“${q}”`) && list.children.length)
      t.done = performance.now();
  };
  new MutationObserver(check).observe(document.querySelector('[data-app]')!, {
    childList: true,
    subtree: true,
    characterData: true,
  });
};

async function timeQuery(page: import('playwright-core').Page, query: string): Promise<number> {
  const input = page.locator('[data-query]');
  await input.fill('');
  await input.focus();
  await page.keyboard.type(query, { delay: 40 });
  await page.waitForFunction(
    () => (window as unknown as { __bench: { done: number | null } }).__bench.done !== null,
    null,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const t = (window as unknown as { __bench: { last: number; done: number } }).__bench;
    return t.done - t.last;
  });
}

async function main() {
  const server = await serve();
  const browser = await launch();
  try {
    // Bytes of the first query, in a fresh browser context (empty cache).
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    await page.evaluate(INSTRUMENT);
    let bytes = 0;
    let requests = 0;
    page.on('response', (response) => {
      void response.body().then(
        (b) => {
          bytes += b.length;
          requests++;
        },
        () => undefined,
      );
    });
    const first = await timeQuery(page, QUERIES[0]!);
    await page.waitForLoadState('networkidle');
    const firstBytes = bytes;
    const firstRequests = requests;
    // The other queries in the same page, as a reader would type them.
    const times: Record<string, number> = { [QUERIES[0]!]: first };
    for (const q of QUERIES.slice(1)) times[q] = await timeQuery(page, q);
    await context.close();
    const sorted = Object.values(times).sort((a, b) => a - b);
    const median =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]!
        : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    for (const [q, ms] of Object.entries(times)) console.log(`${ms.toFixed(0).padStart(6)} ms  ${q}`);
    console.log(
      `median ${median.toFixed(0)} ms over ${sorted.length} queries (last keystroke → results on screen, 150 ms typing pause included)`,
    );
    console.log(`first query fetched ${(firstBytes / 1024).toFixed(1)} KB in ${firstRequests} requests`);
    const name = path.basename(path.dirname(dist)) || 'dist';
    await writeFile(
      path.join(ROOT, '.bench', `search-${name}.json`),
      JSON.stringify(
        { dist, medianMs: median, times, firstQueryBytes: firstBytes, firstQueryRequests: firstRequests },
        null,
        2,
      ),
    ).catch(() => undefined);
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
