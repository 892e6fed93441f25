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
import { gzipSync } from 'node:zlib';
import { launch } from '../../test/support/browser.ts';
import { freePort } from '../../test/support/site.ts';
import { queryVariants } from '../../src/scripts/search/query.ts';
import { TYPING_DELAY_MS as TYPING_PAUSE } from '../../src/scripts/search/view.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    queries: { type: 'string' },
  },
});
const ROOT = path.resolve(import.meta.dirname, '..', '..');
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

/** Bytes a page fetches, as the local server sent them and as a static host that gzips text would. */
function meter(page: import('playwright-core').Page) {
  const total = { raw: 0, gzip: 0, requests: 0, search: 0 };
  const pending = new Set<Promise<void>>();
  page.on('response', (response) => {
    const done = response.body().then(
      (body) => {
        const url = response.url();
        // Pagefind's index files are gzip files already; text gets gzipped by any static host.
        const compressed = /\.pf_\w+$|\.pagefind$|\.(avif|webp|png|jpe?g|woff2)$/.test(new URL(url).pathname);
        const wire = compressed ? body.length : gzipSync(body, { level: 6 }).length;
        total.raw += body.length;
        total.gzip += wire;
        total.requests++;
        if (url.includes('/pagefind/')) total.search += wire;
      },
      () => undefined,
    );
    pending.add(done);
    void done.finally(() => pending.delete(done));
  });
  return {
    /** The bytes so far, once every response seen has been read. */
    async read() {
      await Promise.all(pending);
      return { ...total };
    },
  };
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const server = await serve();
  const browser = await launch();
  try {
    // 1. A reader arrives from the header's search form: /tim-kiem/?q=… in a fresh browser (empty cache).
    const arrive = await browser.newContext();
    const arrivePage = await arrive.newPage();
    const arriveBytes = meter(arrivePage);
    const q0 = QUERIES[0]!;
    await arrivePage.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(q0)}`);
    await arrivePage.waitForFunction(
      (q) =>
        document.querySelector('[data-status]')?.textContent?.includes(`“${q}”`) &&
        document.querySelector('[data-results]')!.children.length > 0,
      q0,
    );
    const arriveResults = await arriveBytes.read();
    await arrivePage.waitForSelector('gs-search[data-searches]:not([data-busy])', { state: 'attached' });
    await arrivePage.waitForLoadState('networkidle');
    const arriveIdle = await arriveBytes.read();
    await arrive.close();

    // 2. A reader opens /tim-kiem/ and types: the first query in a fresh browser, then the others.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/tim-kiem/`);
    await page.waitForSelector('gs-search[data-searches]:not([data-busy])', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.evaluate(INSTRUMENT);
    const typedBytes = meter(page);
    const first = await timeQuery(page, q0);
    const typedResults = await typedBytes.read();
    await page.waitForSelector('gs-search:not([data-busy])', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    const typedIdle = await typedBytes.read();
    const times: Record<string, number> = { [q0]: first };
    for (const q of QUERIES.slice(1)) times[q] = await timeQuery(page, q);
    // The floor: Pagefind's own search() for each spelling the query needs (d and đ), index files loaded,
    // best of three each, added up.
    const spellings = Object.fromEntries(QUERIES.map((q) => [q, queryVariants(q)]));
    const pagefindMs = await page.evaluate(async (spellings) => {
      const url: string = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ url)) as { search(q: string): Promise<unknown> };
      const out: Record<string, number> = {};
      for (const [q, variants] of Object.entries(spellings)) {
        out[q] = 0;
        for (const v of variants) {
          let best = Infinity;
          for (let i = 0; i < 3; i++) {
            const t = performance.now();
            await pf.search(v);
            best = Math.min(best, performance.now() - t);
          }
          out[q] += best;
        }
      }
      return out;
    }, spellings);
    await context.close();

    const sorted = Object.values(times);
    const median = medianOf(sorted);
    console.log('  page ms  Pagefind ms  query');
    for (const [q, ms] of Object.entries(times))
      console.log(`${ms.toFixed(0).padStart(9)} ${pagefindMs[q]!.toFixed(0).padStart(12)}  ${q}`);
    console.log(
      `median ${median.toFixed(0)} ms over ${sorted.length} queries (last keystroke → results on screen, ${TYPING_PAUSE} ms typing pause included)`,
    );
    console.log(
      `median of Pagefind's own search() alone: ${medianOf(Object.values(pagefindMs)).toFixed(0)} ms (every d/đ spelling of the query, index files loaded)`,
    );
    const line = (label: string, b: { raw: number; gzip: number; requests: number; search: number }) =>
      console.log(
        `${label}: ${kb(b.gzip)} gzipped (${kb(b.raw)} as served here), ${b.requests} requests; search files ${kb(b.search)}`,
      );
    line(`open /tim-kiem/?q=${q0}, until results`, arriveResults);
    line(`open /tim-kiem/?q=${q0}, until facet counts`, arriveIdle);
    line(`first typed query, until results`, typedResults);
    line(`first typed query, until facet counts`, typedIdle);
    const name = path.basename(path.dirname(dist)) || 'dist';
    await writeFile(
      path.join(ROOT, '.bench', `search-${name}.json`),
      JSON.stringify(
        {
          dist,
          medianMs: median,
          times,
          pagefindMs,
          arrive: { untilResults: arriveResults, untilCounts: arriveIdle },
          firstTyped: { untilResults: typedResults, untilCounts: typedIdle },
        },
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
