import type { Problem } from '../lib/problems.ts';

/**
 * Run the check of one file so that nothing it throws stops the whole check:
 * an unexpected exception (a bug, or input no rule foresaw) becomes one
 * problem on that file, in Vietnamese, never a stack trace.
 */
export async function guarded<T>(
  file: string,
  check: () => T | Promise<T>,
  fallback: (problem: Problem) => T,
): Promise<T> {
  try {
    return await check();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
    return fallback({
      file,
      field: 'tệp',
      message: `Không kiểm tra được tệp này: ${reason}.`,
      fix: 'Xem lại những thay đổi gần nhất của tệp (dữ liệu lồng nhau quá sâu, ký tự lạ); nếu vẫn lỗi, gửi tệp cho nhóm phát triển.',
    });
  }
}
