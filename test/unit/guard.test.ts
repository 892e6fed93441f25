/**
 * Whatever goes wrong while one file is checked, the checker reports it on
 * that file in Vietnamese and goes on: never a stack trace, never a crash.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { formatProblems } from '../../src/lib/problems.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { guarded } from '../../src/checks/guard.ts';

// Every file's check throws, as a bug or an unforeseen input would.
vi.mock('../../src/checks/check-entry.ts', () => ({
  checkEntryFile: () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
  checkDataFile: () => {
    throw new TypeError('Cannot read properties of undefined');
  },
}));

const FIX =
  'Xem lại những thay đổi gần nhất của tệp (dữ liệu lồng nhau quá sâu, ký tự lạ); nếu vẫn lỗi, gửi tệp cho nhóm phát triển.';

describe('guarded', () => {
  it('returns what the check returns', async () => {
    expect(
      await guarded(
        'a.yaml',
        () => 1,
        () => 0,
      ),
    ).toBe(1);
  });

  it('turns an exception into one problem on the file, first line of the reason only', async () => {
    const problem = await guarded(
      'content/don-vi/a.yaml',
      () => {
        throw new Error('hỏng\n    at somewhere (x.ts:1:1)');
      },
      (p) => p,
    );
    expect(problem).toEqual({
      file: 'content/don-vi/a.yaml',
      field: 'tệp',
      message: 'Không kiểm tra được tệp này: hỏng.',
      fix: FIX,
    });
  });
});

describe('check:content when the check of a file throws', () => {
  it('reports every file and still finishes', async () => {
    const fixture = fileURLToPath(new URL('../fixtures/invalid/bo-suu-tap-muc-khong-ton-tai', import.meta.url));
    const { problems } = await checkContent({ root: fixture, dir: path.join(fixture, 'content') });
    expect(formatProblems(problems)).toBe(
      [
        `content/bo-suu-tap/guong-sang-o-mon.yaml  tệp  Không kiểm tra được tệp này: Cannot read properties of undefined. → ${FIX}`,
        `content/tap-the/chi-bo-ap-thoi-an/index.mdx  tệp  Không kiểm tra được tệp này: Maximum call stack size exceeded. → ${FIX}`,
        '2 lỗi trong 2 tệp.',
      ].join('\n'),
    );
  });
});
