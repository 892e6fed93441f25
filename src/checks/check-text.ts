import { stripInvisible } from '../lib/invisible.ts';
import type { Problem } from '../lib/problems.ts';

/**
 * Text-encoding checks on a whole file. Decision (documented in
 * CONTRIBUTING.md): decomposed (NFD) Vietnamese — what some Mac and Windows
 * tools write — and a byte-order mark are flagged, not silently accepted,
 * because they break search, slugs and diffs in the repository; the fix is
 * one command, `npm run check:content -- --fix`, which rewrites the file as
 * NFC without BOM. The build itself always works on NFC text.
 */
export function checkText(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: 'tệp',
      message: 'Tệp bắt đầu bằng ký tự BOM (dấu thứ tự byte) vô hình.',
      fix: 'Chạy npm run check:content -- --fix, hoặc lưu lại tệp dạng "UTF-8" (không BOM).',
    });
  }
  if (text !== text.normalize('NFC')) {
    const lines = text.split('\n');
    const index = lines.findIndex((l) => l !== l.normalize('NFC'));
    const line = lines[index]!;
    const column = [...line].findIndex((_, i) => {
      const prefix = [...line].slice(0, i + 1).join('');
      return prefix !== prefix.normalize('NFC');
    });
    problems.push({
      file,
      line: index + 1,
      column: Math.max(1, column),
      field: 'tệp',
      message: 'Chữ tiếng Việt được lưu ở dạng tổ hợp (NFD): dấu tách rời khỏi chữ, làm hỏng tìm kiếm.',
      fix: 'Chạy npm run check:content -- --fix để chuyển cả tệp sang dạng dựng sẵn (NFC).',
    });
  }
  return problems;
}

/** The file's text as it should be stored: NFC, no BOM, no invisible characters, as written by `--fix`. */
export function fixText(text: string): string {
  return stripInvisible(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).normalize('NFC');
}
