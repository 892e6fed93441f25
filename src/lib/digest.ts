/**
 * Digests of plain values (the props a page is rendered from), where a stored
 * content entry counts by its collection, id and digest rather than its data.
 */
import { sha1 } from '../cache/file-digest.ts';

const memo = new WeakMap<object, string>();

/**
 * An object may name the value it counts as. An entry view counts as its card
 * (src/lib/entries.ts): a page that lists an entry shows only that, so a page
 * is rendered again when a card it shows changes, not when a story does.
 */
export const COUNTS_AS: unique symbol = Symbol('counts-as');

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
  if (COUNTS_AS in value) text = `as:${digestOf((value as { [COUNTS_AS]: unknown })[COUNTS_AS])}`;
  else if (isContentEntry(value)) text = `entry:${value.collection}/${value.id}#${value.digest}`;
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
