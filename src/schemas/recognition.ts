import { z } from 'astro/zod';
import { recognitionFormLabels } from '../data/recognition-forms.ts';
import { isoDate, oneOf, ref, text, year } from './common.ts';

/** The problem of a recognition with no year and no `yearUnknown: true`, pinned by a fixture. */
export const MISSING_RECOGNITION_YEAR = {
  message: 'Lần khen thưởng này chưa ghi năm (year).',
  fix: 'Ghi năm nguồn nêu, ví dụ "year: 2023"; nếu nguồn không nêu năm, ghi "yearUnknown: true" (không lấy năm đăng bài hay năm của nguồn thay cho năm khen).',
} as const;

/** The problem of a recognition with both a year and `yearUnknown: true`. */
export const YEAR_AND_UNKNOWN = {
  message: 'Lần khen thưởng này vừa ghi năm (year) vừa ghi không rõ năm (yearUnknown).',
  fix: 'Giữ một trong hai dòng: "year" nếu nguồn nêu năm, "yearUnknown: true" nếu không.',
} as const;

/**
 * Một lần được khen thưởng, biểu dương. Năm chỉ ghi khi nguồn nêu: một lần
 * khen mà nguồn không nêu năm ghi `yearUnknown: true` thay cho `year`, và trang
 * không hiện năm nào cho lần khen đó (không có ở /nam/, bộ lọc năm, dòng
 * "Năm được biểu dương").
 */
export const recognitionSchema = z
  .strictObject({
    /** Năm được khen thưởng, biểu dương, đúng như nguồn nêu. Không có năm thì ghi yearUnknown: true. */
    year: year('năm khen thưởng').optional(),
    /**
     * Ghi `true` khi nguồn không nêu năm của lần khen này (thay cho `year`). Không
     * bao giờ lấy năm đăng bài hay năm của nguồn thay cho năm khen.
     */
    yearUnknown: z
      .literal(true, {
        error: 'yearUnknown chỉ ghi "true" (nguồn không nêu năm khen).',
      })
      .optional(),
    /** Hình thức: Bằng khen, Giấy khen, Tuyên dương, Biểu dương… (theo danh mục). */
    form: oneOf('hình thức khen thưởng', recognitionFormLabels),
    /** Cấp khen, người hoặc cơ quan khen (ví dụ "Ban Thường vụ Đảng ủy khối Các cơ quan thành phố"). */
    issuer: text('cơ quan khen thưởng', 200),
    /** Nội dung khen ngắn gọn (ví dụ "có thành tích xuất sắc trong học tập và làm theo Bác giai đoạn 2021 - 2023"). */
    reason: text('nội dung khen', 300).optional(),
    /** Phong trào, đợt biểu dương gắn với lần khen này: mã một mục trong content/phong-trao. */
    campaign: ref('phong trào').optional(),
    /** Số quyết định khen thưởng, nếu có. */
    decision: text('số quyết định', 80).optional(),
    /** Ngày quyết định, dạng năm-tháng-ngày. */
    date: isoDate('ngày quyết định').optional(),
  })
  .superRefine((r, ctx) => {
    if (r.year === undefined && r.yearUnknown === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message: MISSING_RECOGNITION_YEAR.message,
        params: { fix: MISSING_RECOGNITION_YEAR.fix },
      });
    if (r.year !== undefined && r.yearUnknown !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['yearUnknown'],
        message: YEAR_AND_UNKNOWN.message,
        params: { fix: YEAR_AND_UNKNOWN.fix },
      });
  });

export type Recognition = z.infer<typeof recognitionSchema>;

/** The years of recognition an entry's sources state, newest first, each once (none when no year is known). */
export function recognitionYears(recognitions: readonly Recognition[]): number[] {
  return [...new Set(recognitions.flatMap((r) => (r.year === undefined ? [] : [r.year])))].sort((a, b) => b - a);
}
