/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are the same as in the last build is copied from
 * the cache instead of rendered. The key is a digest of everything the page
 * renders from content: its props, where a content entry counts by its
 * collection, id and digest (the loaders' digest covers an entry's text and
 * its images' bytes), plus the data collections (units, campaigns,
 * collections, quotes) that templates look names up in.
 */
import { getCollection } from 'astro:content';
import { digestOf } from './digest.ts';
import { sha1 } from '../cache/file-digest.ts';
import { dataSchemas, type DataCollection } from '../schemas/index.ts';

let dataKey: Promise<string> | undefined;

/** One digest of every data collection, read once per build. */
function dataCollectionsKey(): Promise<string> {
  dataKey ??= (async () => {
    const parts = await Promise.all(
      (Object.keys(dataSchemas) as DataCollection[]).map(async (c) => digestOf(await getCollection(c))),
    );
    return sha1(parts.join('|'));
  })();
  return dataKey;
}

/** The cache key of a page rendered from these props. */
export async function pageKey(props: unknown): Promise<string> {
  return sha1(`${await dataCollectionsKey()}|${digestOf(props)}`);
}
