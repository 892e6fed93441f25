import { z } from 'astro/zod';
import { acceptedProvinceNames } from '../data/provinces.ts';
import { unitTypeIds } from '../data/unit-types.ts';
import { oneOf, ref, text } from './common.ts';
import { sourcesSchema } from './source.ts';

/** Đơn vị (content/don-vi/<ma>.yaml): an organisation entries belong to. */
export const unitSchema = z.strictObject({
  /** Tên đầy đủ, ví dụ "Quận ủy Ô Môn". */
  name: text('tên đơn vị (name)', 200),
  /** Tên ngắn, nếu thường dùng (ví dụ "Đảng ủy Khối"). */
  shortName: text('tên ngắn (shortName)', 80).optional(),
  /** Loại đơn vị theo danh mục: cap-uy, co-quan, luc-luong-vu-trang, doan-the, don-vi-su-nghiep, doanh-nghiep. */
  type: oneOf('loại đơn vị (type)', unitTypeIds),
  /** Đơn vị cấp trên: mã một mục khác trong content/don-vi. */
  parent: ref('đơn vị cấp trên (parent)').optional(),
  /** Tỉnh, thành phố nơi đơn vị đóng (tên tại thời điểm được nêu); bỏ trống với cơ quan trung ương. */
  province: oneOf('tỉnh, thành phố (province)', acceptedProvinceNames).optional(),
  /** Giới thiệu ngắn về đơn vị. */
  description: text('giới thiệu (description)', 1200),
  /** Nguồn tư liệu về đơn vị. */
  sources: sourcesSchema,
  /**
   * Đơn vị minh họa, không có thật: tên phải có chữ "(minh họa)" và tên tệp kết thúc bằng "-minh-hoa.yaml".
   * Chỉ mục minh họa được gắn với đơn vị minh họa.
   */
  sample: z.boolean({ error: 'sample phải là true hoặc false.' }).default(false),
});

export type Unit = z.infer<typeof unitSchema>;
