/**
 * What a phone downloads: the home page and an entry page read on a 390 px
 * wide screen (device pixel ratio 2), scrolled to the end so lazy images
 * load. Pages ship no JavaScript, and the cover at phone width stays within
 * 80 KB. The totals are printed for the record.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

type Weight = Record<'document' | 'stylesheet' | 'script' | 'image' | 'font' | 'other', number>;

async function weigh(path: string, inspect?: (page: Page) => Promise<void>) {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const weight: Weight = { document: 0, stylesheet: 0, script: 0, image: 0, font: 0, other: 0 };
  const images: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const key = (type in weight ? type : 'other') as keyof Weight;
          weight[key] += body.length;
          if (key === 'image') images.push({ url: response.url(), bytes: body.length });
        },
        () => undefined,
      ),
    );
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  for (let y = 0; y < 40; y++) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight;
    });
    if (done) break;
  }
  await page.waitForLoadState('networkidle');
  await inspect?.(page);
  await Promise.all(pending);
  await context.close();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${path} at 390 px ×2: ${Object.entries(weight)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ')}; ${images.length} images`,
  );
  return { weight, images };
}

describe('page weight on a phone', () => {
  it('the home page ships no JavaScript', async () => {
    const { weight } = await weigh('/');
    expect(weight.script).toBe(0);
    expect(weight.document).toBeLessThan(60 * 1024);
  });

  it('an entry page ships no JavaScript and its cover weighs at most 80 KB', async () => {
    let cover = '';
    const { weight, images } = await weigh('/tap-the/quan-uy-o-mon/', async (page) => {
      cover = await page.locator('figure.cover img').evaluate((img: HTMLImageElement) => img.currentSrc);
    });
    expect(weight.script).toBe(0);
    expect(cover).toMatch(/\.jpeg$/);
    const coverBytes = images.find((i) => i.url === cover)?.bytes ?? Infinity;
    console.log(`cover ${cover.split('/').pop()}: ${(coverBytes / 1024).toFixed(1)} KB`);
    expect(coverBytes).toBeLessThanOrEqual(80 * 1024);
  });
});
