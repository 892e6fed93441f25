/**
 * How a build reports the images it encoded, and how the benchmark and the
 * tests read it back: Astro logs one line per file it optimizes (images in
 * a story), the site's own pipeline one line for all covers and galleries.
 */

/** The pipeline's line (src/integrations/images.ts). */
export function imageSummary(files: number, encoded: number, reused: number, originals: number, ms: number): string {
  return `${files} image files: ${encoded} encoded, ${reused} from the cache; ${originals} originals read (${Math.round(ms)} ms after the pages).`;
}

/** Astro's line for a file it encoded (a cached one says "reused cache entry"). */
const ASTRO_ENCODED = /\(before: [\d.]+kB, after: [\d.]+kB\)/g;
const OURS = /(\d+) image files: (\d+) encoded, (\d+) from the cache/g;

/** Images a build's log shows as encoded, not copied from a cache: Astro's and the pipeline's. */
export function encodedInLog(coloured: string): number {
  const log = coloured.replace(/\x1b\[[\d;]*m/g, '');
  const astro = log.match(ASTRO_ENCODED)?.length ?? 0;
  return astro + [...log.matchAll(OURS)].reduce((sum, m) => sum + Number(m[2]), 0);
}
