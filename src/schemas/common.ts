import { z } from 'astro/zod';
import { MAX_REF_CHARS } from '../lib/limits.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import './messages.ts';

/**
 * Building blocks shared by the schema files: Vietnamese text, dates and
 * references. Every message here is what an editor reads.
 */

/** An error message that says "Thiếu …" when the field is not written at all. */
export function missingOr(label: string, message: string) {
  return (iss: { input?: unknown }) => (iss.input === undefined ? `Thiếu ${label}.` : message);
}

/** A required, non-empty line of text. */
export function text(label: string, max = 500) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? `Thiếu ${label}.` : `${capital(label)} phải là chữ.`) })
    .trim()
    .min(1, { error: `${capital(label)} đang để trống.` })
    .max(max, { error: `${capital(label)} dài quá ${max} ký tự.` })
    .refine((v) => !/^(…|\.\.\.)$/.test(v), { error: `${capital(label)} chưa được điền (chỉ có dấu …).` });
}

/**
 * The arguments of an array's `.max()`: at most `max` items, with the limit in the message.
 * Checked only on a list, so a value of the wrong type gets its own message once.
 */
export function maxItems(label: string, max: number) {
  return [
    max,
    { error: `${capital(label)} có nhiều nhất ${max} mục.`, when: (p: { value: unknown }) => Array.isArray(p.value) },
  ] as const;
}

function capital(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Whether "YYYY-MM-DD" names a day that exists on the calendar. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The ISO form of a date written another way ("15/01/2024", "15-1-2024",
 * "ngày 15 tháng 1 năm 2024", "2024/01/15"), when it names a real day.
 */
export function isoGuess(value: string): string | undefined {
  const t = value.normalize('NFC').trim().toLowerCase();
  const pad = (n: string) => n.padStart(2, '0');
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  let iso = m ? `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}` : undefined;
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) iso = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  m = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})$/.exec(t);
  if (m) iso = `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  return iso && isRealDate(iso) && iso !== value ? iso : undefined;
}

/** A calendar date written "YYYY-MM-DD" (e.g. 2023-09-06), kept as that string; another form gets its ISO one as the fix. */
export function isoDate(label: string) {
  const form = `${capital(label)} phải viết dạng năm-tháng-ngày, ví dụ 2023-09-06.`;
  const fixFor = (input: unknown) => {
    const guess = typeof input === 'string' ? isoGuess(input) : undefined;
    return guess
      ? `Bạn có định viết ${guess}?`
      : 'Viết năm (bốn chữ số), tháng rồi ngày (hai chữ số), nối bằng dấu gạch ngang, ví dụ 2023-09-06.';
  };
  return z
    .string({ error: (iss) => (iss.input === undefined ? `Thiếu ${label}.` : form) })
    .superRefine((v, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
        ctx.addIssue({ code: 'custom', message: form, params: { fix: fixFor(v) }, input: v });
      else if (!isRealDate(v))
        ctx.addIssue({
          code: 'custom',
          message: `${capital(label)} "${v}" không có thật trên lịch.`,
          params: { fix: 'Xem lại ngày và tháng theo nguồn.' },
          input: v,
        });
    })
    .meta({ format: 'date', examples: ['2024-01-15'] });
}

/** The first year a record on this site may carry (the country's founding year). */
export const MIN_YEAR = 1945;

/** A year of recognition or birth, from 1945 to next year. */
export function year(label: string, min = MIN_YEAR) {
  const max = new Date().getFullYear() + 1;
  return z
    .number({ error: missingOr(label, `${capital(label)} phải là một số, ví dụ 2023.`) })
    .int({ error: `${capital(label)} phải là số nguyên, ví dụ 2023.` })
    .min(min, { error: `${capital(label)} phải từ ${min} trở đi.` })
    .max(max, { error: `${capital(label)} không được sau năm ${max}.` });
}

/** The id of another item: its file or folder name, e.g. "quan-uy-o-mon". */
export function ref(label: string) {
  return z
    .string({ error: missingOr(label, `${capital(label)} phải là mã (tên tệp), ví dụ quan-uy-o-mon.`) })
    .max(MAX_REF_CHARS, { error: `${capital(label)} dài quá ${MAX_REF_CHARS} ký tự.`, abort: true })
    .regex(SLUG_PATTERN, {
      error: (iss) =>
        `${capital(label)} "${String(iss.input)}" không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.`,
    });
}

/** A value that must be one of a vocabulary's labels. */
export function oneOf<T extends string>(label: string, values: readonly [T, ...T[]]) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined ? `Thiếu ${label}.` : `${capital(label)} "${String(iss.input)}" không có trong danh mục.`,
  });
}
