import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  filesIn,
  folderMatches,
  readRecord,
  RECORD_FILE,
  recordFolder,
  recordOf,
  verifyFolder,
} from '../../src/cache/digest-record.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gs-record-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder with two files, `a.txt` and `sub/b.txt`, recorded. */
async function recorded(): Promise<string> {
  const folder = mkdtempSync(path.join(work, 'r-'));
  mkdirSync(path.join(folder, 'sub'));
  writeFileSync(path.join(folder, 'a.txt'), 'một hai ba');
  writeFileSync(path.join(folder, 'sub', 'b.txt'), 'bốn năm sáu');
  await recordFolder(folder);
  return folder;
}

describe('digest records of cache folders', () => {
  it('records every file below the folder but itself, by relative path', async () => {
    const folder = await recorded();
    expect((await filesIn(folder)).sort()).toEqual(['a.txt', 'sub/b.txt']);
    const record = await readRecord(folder);
    expect([...record.keys()].sort()).toEqual(['a.txt', 'sub/b.txt']);
    expect(record.get('a.txt')).toEqual(await recordOf(path.join(folder, 'a.txt')));
    expect(JSON.parse(readFileSync(path.join(folder, RECORD_FILE), 'utf8'))['a.txt'].size).toBe(
      Buffer.byteLength('một hai ba'),
    );
    expect(await folderMatches(folder)).toBe(true);
  });

  it('deletes a file cut short, a file changed in place and a file never recorded; keeps the others', async () => {
    const folder = await recorded();
    truncateSync(path.join(folder, 'a.txt'), 3);
    writeFileSync(path.join(folder, 'new.txt'), 'chưa ghi');
    expect(await folderMatches(folder)).toBe(false);
    const { kept, deleted } = await verifyFolder(folder);
    expect([...kept.keys()]).toEqual(['sub/b.txt']);
    expect(deleted).toBe(2);
    expect((await filesIn(folder)).sort()).toEqual(['sub/b.txt']);

    const same = await recorded();
    // Same size, other bytes: only the digest tells.
    writeFileSync(path.join(same, 'a.txt'), 'một hai bá');
    expect((await verifyFolder(same)).kept.has('a.txt')).toBe(false);
  });

  it('a folder without a record, or missing, keeps nothing', async () => {
    const folder = mkdtempSync(path.join(work, 'r-'));
    writeFileSync(path.join(folder, 'a.txt'), 'x');
    expect((await verifyFolder(folder)).kept.size).toBe(0);
    expect(await folderMatches(folder)).toBe(false);
    expect((await verifyFolder(path.join(folder, 'không-có'))).deleted).toBe(0);
  });

  it('recording again reuses the digest of a file checked and not written since', async () => {
    const folder = await recorded();
    const { kept } = await verifyFolder(folder);
    // A checked file whose time did not change is trusted as checked, not read again.
    kept.set('a.txt', { ...kept.get('a.txt')!, digest: 'đã-kiểm-tra' });
    kept.set('sub/b.txt', { ...kept.get('sub/b.txt')!, digest: 'cũ' });
    utimesSync(path.join(folder, 'sub', 'b.txt'), new Date(), new Date(Date.now() + 5000));
    await recordFolder(folder, kept);
    const record = await readRecord(folder);
    expect(record.get('a.txt')!.digest).toBe('đã-kiểm-tra');
    expect(record.get('sub/b.txt')).toEqual(await recordOf(path.join(folder, 'sub', 'b.txt')));
  });
});
