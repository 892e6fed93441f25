/**
 * Astro's own caches in cacheDir, checked before Astro uses them: `dist/`,
 * the copies of pages that `experimental.incrementalBuild` restores with a
 * plain copy (a copy cut short was published, and kept for the next build),
 * `assets/`, the images in stories that Astro copies into the output as they
 * are, and the two files that say what is in the content layer and in the
 * page cache. Astro writes them itself, so they are recorded when a build is
 * done (anything there then was checked at its start or written whole by
 * it) and, at the start of the next, every file that does not match is
 * deleted: Astro then renders that page, encodes that image, or loads the
 * entries or renders the pages again.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Checked, recordFolder, verifyFolder } from './digest-record.ts';

/** The folders of cacheDir written by Astro, and checked here. */
export const ASTRO_CACHE_FOLDERS = ['dist', 'assets'] as const;

/**
 * Astro's files at the top of cacheDir, checked here (recorded in cacheDir's
 * own record): the content layer's store of entries and the page cache's
 * manifest. Without the one, every entry is loaded again; without the other,
 * every page is rendered again.
 */
export const ASTRO_CACHE_FILES = ['data-store.json', 'incremental-build.json'];

/** Where each is checked: a folder with every file below it, or cacheDir itself with only those files. */
const CHECKED: [folder: string, only?: readonly string[]][] = [
  ...ASTRO_CACHE_FOLDERS.map((folder): [string] => [folder]),
  ['.', ASTRO_CACHE_FILES],
];

/** What Astro's `incremental-build.json` says of each page it may restore (only what is read here). */
interface IncrementalManifest {
  routes: Record<string, { paths: Record<string, { outputFile: string; staticImages?: { finalPath: string }[] }> }>;
}

/** Each folder's files found matching their record, by folder. */
export type AstroCacheCheck = Map<string, Map<string, Checked>>;

/**
 * Deletes the cached page copies whose story images are no longer in
 * `assets/`. Astro restores such a page without rendering it, so nothing
 * loads its image service, and making the missing image failed every build
 * until the whole cache was deleted; a page rendered again loads it.
 */
async function forgetPagesMissingImages(cacheDir: string, pages: Map<string, Checked>, images: Set<string>) {
  let manifest: IncrementalManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(cacheDir, 'incremental-build.json'), 'utf8'));
  } catch {
    return 0; // No manifest (or none Astro can read): Astro renders every page anyway.
  }
  let dropped = 0;
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const page of Object.values(route.paths)) {
      const shown = (page.staticImages ?? []).map((image) => path.posix.basename(image.finalPath));
      if (!pages.has(page.outputFile) || shown.every((name) => images.has(name))) continue;
      await rm(path.join(cacheDir, 'dist', page.outputFile), { force: true });
      pages.delete(page.outputFile);
      dropped++;
    }
  }
  return dropped;
}

/**
 * At the start of a build: deletes every file of Astro's caches that does
 * not match its record, and the copies of pages showing an image no longer
 * cached. Returns the files kept and how many were deleted.
 */
export async function checkAstroCache(cacheDir: string): Promise<{ kept: AstroCacheCheck; deleted: number }> {
  const kept: AstroCacheCheck = new Map();
  let deleted = 0;
  for (const [folder, only] of CHECKED) {
    const checked = await verifyFolder(path.join(cacheDir, folder), only);
    kept.set(folder, checked.kept);
    deleted += checked.deleted;
  }
  deleted += await forgetPagesMissingImages(cacheDir, kept.get('dist')!, new Set(kept.get('assets')!.keys()));
  return { kept, deleted };
}

/** When a build is done: records every file of Astro's caches (those checked at the start are not read again). */
export async function recordAstroCache(cacheDir: string, checked: AstroCacheCheck): Promise<void> {
  for (const [folder, only] of CHECKED) await recordFolder(path.join(cacheDir, folder), checked.get(folder), only);
}
