/**
 * Astro's own caches in cacheDir, checked before Astro uses them: `dist/`,
 * the copies of pages that `experimental.incrementalBuild` restores with a
 * plain copy (a copy cut short was published, and kept for the next build),
 * and the two files that say what is in the content layer and in the page
 * cache. Astro writes them itself, so they are recorded when a build is done
 * (anything there then was checked at its start or written whole by it) and,
 * at the start of the next, every file that does not match is deleted: Astro
 * then renders that page, or loads the entries or renders the pages again.
 * (Astro's image cache, `assets/`, is not used: every picture of the site,
 * story images included, goes through src/images/image-cache.ts.)
 */
import path from 'node:path';
import { type Checked, recordFolder, verifyFolder } from './digest-record.ts';

/** The folders of cacheDir written by Astro, and checked here. */
export const ASTRO_CACHE_FOLDERS = ['dist'] as const;

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

/** Each folder's files found matching their record, by folder. */
export type AstroCacheCheck = Map<string, Map<string, Checked>>;

/**
 * At the start of a build: deletes every file of Astro's caches that does
 * not match its record. Returns the files kept and how many were deleted.
 */
export async function checkAstroCache(cacheDir: string): Promise<{ kept: AstroCacheCheck; deleted: number }> {
  const kept: AstroCacheCheck = new Map();
  let deleted = 0;
  for (const [folder, only] of CHECKED) {
    const checked = await verifyFolder(path.join(cacheDir, folder), only);
    kept.set(folder, checked.kept);
    deleted += checked.deleted;
  }
  return { kept, deleted };
}

/** When a build is done: records every file of Astro's caches (those checked at the start are not read again). */
export async function recordAstroCache(cacheDir: string, checked: AstroCacheCheck): Promise<void> {
  for (const [folder, only] of CHECKED) await recordFolder(path.join(cacheDir, folder), checked.get(folder), only);
}
