import { z } from 'astro/zod';
import { recognitionFormLabels } from '../data/recognition-forms.ts';
import { isoDate, oneOf, ref, text, year } from './common.ts';

/** Một lần được khen thưởng, biểu dương. */
export const recognitionSchema = z.strictObject({
  /** Năm được khen thưởng, biểu dương. */
  year: year('năm khen thưởng'),
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
  /** Ngày quyết định, dạng NNNN-TT-NN. */
  date: isoDate('ngày quyết định').optional(),
});

export type Recognition = z.infer<typeof recognitionSchema>;
