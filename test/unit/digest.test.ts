import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTS_AS, digestOf } from '../../src/lib/digest.ts';
import { FileDigests } from '../../src/cache/file-digest.ts';

const entry = (id: string, digest: string) => ({ id, collection: 'tap-the', digest, data: { title: id } });

describe('digestOf (page cache keys)', () => {
  it('is the same for the same values, whatever the key order', () => {
    expect(digestOf({ a: 1, b: [2, 'ba'] })).toBe(digestOf({ b: [2, 'ba'], a: 1 }));
    expect(digestOf({ a: 1 })).not.toBe(digestOf({ a: 2 }));
    expect(digestOf([1, 2])).not.toBe(digestOf([2, 1]));
    expect(digestOf({ a: '1' })).not.toBe(digestOf({ a: 1 }));
  });

  it('counts a content entry by its digest, wherever it is nested', () => {
    const page = (digest: string) => ({ entry: { title: 'x', entry: entry('chi-bo', digest) }, related: [] });
    expect(digestOf(page('d1'))).toBe(digestOf(page('d1')));
    expect(digestOf(page('d1'))).not.toBe(digestOf(page('d2')));
    // The entry's data is not read: its digest stands for it.
    const a = entry('chi-bo', 'd1');
    const b = { ...entry('chi-bo', 'd1'), data: { title: 'other' } };
    expect(digestOf(a)).toBe(digestOf(b));
  });

  it('counts an object that names what it counts as by that alone (an entry view by its card)', () => {
    const view = (title: string, digest: string) => {
      const card = { title, href: '/tap-the/chi-bo/' };
      return { ...card, entry: entry('chi-bo', digest), [COUNTS_AS]: card };
    };
    // The story changed, the card did not: a page listing the entry keeps its key.
    expect(digestOf({ list: [view('Chi bộ', 'd1')] })).toBe(digestOf({ list: [view('Chi bộ', 'd2')] }));
    expect(digestOf({ list: [view('Chi bộ', 'd1')] })).not.toBe(digestOf({ list: [view('Chi bộ ấp', 'd1')] }));
  });

  it('tells Maps, Sets and Dates apart by their contents', () => {
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
    expect(digestOf(new Set([1]))).not.toBe(digestOf(new Set([2])));
    expect(digestOf(new Date('2024-01-01'))).not.toBe(digestOf(new Date('2024-01-02')));
  });
});

describe('FileDigests (image digests kept between builds)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gs-digest-'));
  const file = path.join(dir, 'anh-bia.jpg');
  const store = path.join(dir, 'cache', 'file-digests.json');

  it('digests the bytes: a new modification time with the same bytes gives the same digest', async () => {
    writeFileSync(file, 'ảnh một');
    const first = await new FileDigests(store).of(file);
    utimesSync(file, new Date('2020-01-01'), new Date('2020-01-01'));
    expect(await new FileDigests(store).of(file)).toBe(first);
    writeFileSync(file, 'ảnh hai');
    expect(await new FileDigests(store).of(file)).not.toBe(first);
  });

  it('keeps digests in its store and names the files of a bundle', async () => {
    writeFileSync(path.join(dir, 'index.mdx'), '---\n---\n');
    const digests = new FileDigests(store);
    const bundle = await digests.ofBundle(dir);
    expect(bundle).toMatch(/^anh-bia\.jpg:[\w-]+$/);
    digests.save();
    expect(await new FileDigests(store).ofBundle(dir)).toBe(bundle);
  });
});
