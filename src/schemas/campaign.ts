import { z } from 'astro/zod';
import { campaignTypeIds } from '../data/campaign-types.ts';
import { isoDate, oneOf, text } from './common.ts';
import { sourcesSchema } from './source.ts';

/** Phong trào, cuộc vận động, văn bản chỉ đạo hoặc đợt biểu dương (content/phong-trao/<ma>.yaml). */
export const campaignSchema = z.strictObject({
  /** Tên, ví dụ "Kết luận số 01-KL/TW". */
  name: text('tên (name)', 200),
  /** Tên ngắn dùng trên nhãn, ví dụ "Kết luận 01". */
  shortName: text('tên ngắn (shortName)', 60).optional(),
  /** Loại: van-ban, phong-trao, cuoc-van-dong, trien-lam, dot-bieu-duong. */
  type: oneOf('loại (type)', campaignTypeIds),
  /** Cơ quan ban hành hoặc tổ chức. */
  issuer: text('cơ quan ban hành (issuer)', 200),
  /** Ngày ban hành hoặc bắt đầu, dạng năm-tháng-ngày. */
  start: isoDate('ngày bắt đầu (start)').optional(),
  /** Ngày kết thúc, nếu có. */
  end: isoDate('ngày kết thúc (end)').optional(),
  /** Giới thiệu ngắn. */
  description: text('giới thiệu (description)', 1500),
  /** Nguồn tư liệu. */
  sources: sourcesSchema,
  /**
   * Phong trào minh họa, không có thật: tên phải có chữ "(minh họa)" và tên tệp kết thúc bằng "-minh-hoa.yaml".
   * Chỉ mục minh họa được gắn với phong trào minh họa.
   */
  sample: z.boolean({ error: 'sample phải là true hoặc false.' }).default(false),
});
