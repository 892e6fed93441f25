/**
 * The files the site's image pipeline must write, by URL: pages ask for them
 * (src/images/pictures.ts, inside the build's page bundle) and the images
 * integration writes them (src/integrations/images.ts, in Astro's own
 * process). The two are different module instances in one process, so the
 * list lives on `globalThis`, as Astro's own `astroAsset` list does.
 */

/** One file to write: a source photo at one width and format. */
export interface ImageJob {
  /** The original, relative to the project root. */
  source: string;
  /** The digest of its bytes (what the cache is keyed by, with the rest of this job). */
  digest: string;
  /** Width in pixels of the file; its height follows the source's proportions. */
  width: number;
  format: 'jpeg';
  quality: number;
  /** The cache's name for the file: a digest of everything above, and the format's extension. */
  key: string;
}

interface Registry {
  jobs: Map<string, ImageJob>;
  /** Told of every new job, so encoding can start while pages still render. */
  listener?: (url: string, job: ImageJob) => void;
}

const registry: Registry = ((globalThis as Record<symbol, unknown>)[Symbol.for('guong-sang.image-jobs')] ??= {
  jobs: new Map(),
}) as Registry;

/** Ask for a file at `url` (the same URL twice is one file). */
export function addImageJob(url: string, job: ImageJob): void {
  if (registry.jobs.has(url)) return;
  registry.jobs.set(url, job);
  registry.listener?.(url, job);
}

/** Every file asked for so far, by URL. */
export function imageJobs(): ReadonlyMap<string, ImageJob> {
  return registry.jobs;
}

/** Call `listener` for every job asked for from now on (one listener; undefined removes it). */
export function onImageJob(listener: Registry['listener']): void {
  registry.listener = listener;
}
