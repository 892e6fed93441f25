/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are the same as in the last build is copied from
 * the cache instead of rendered. The key is a digest of everything the page
 * renders from content: its props, where a content entry counts by its
 * collection, id and digest (the loaders' digest covers an entry's text and
 * its images' bytes), plus the data collections (units, campaigns,
 * collections, quotes) that templates look names up in.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { dataSchemas, type DataCollection } from '../schemas/index.ts';

const memo = new WeakMap<object, string>();
const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/** A stored content entry: what the data store returns from getCollection(). */
function isContentEntry(value: object): value is { collection: string; id: string; digest: string } {
  const v = value as Record<string, unknown>;
  return typeof v.collection === 'string' && typeof v.id === 'string' && typeof v.digest === 'string';
}

/** A digest of any plain value; objects are digested once (pages share the same entry views). */
export function digestOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  const known = memo.get(value);
  if (known) return known;
  let text: string;
  if (isContentEntry(value)) text = `entry:${value.collection}/${value.id}#${value.digest}`;
  else if (value instanceof Date) text = `date:${value.toISOString()}`;
  else if (value instanceof Map || value instanceof Set || Array.isArray(value))
    text = `${value.constructor.name}[${[...value].map(digestOf).join(',')}]`;
  else
    text = `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${digestOf((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  const hash = sha1(text);
  memo.set(value, hash);
  return hash;
}

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
