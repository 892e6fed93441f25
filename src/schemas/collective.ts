import { z } from 'astro/zod';
import { ref } from './common.ts';
import { entryShape } from './entry.ts';
import type { ImageFn } from './media.ts';

/** Tập thể: an exemplary collective (chi bộ, đảng bộ, cơ quan, đơn vị). */
export function collectiveSchema<I extends z.ZodType>(image: ImageFn<I>) {
  return z.strictObject({
    ...entryShape(image),
    /** Số thành viên, nếu nguồn có nêu. */
    memberCount: z
      .number({ error: 'Số thành viên (memberCount) phải là một số.' })
      .int({ error: 'Số thành viên (memberCount) phải là số nguyên.' })
      .positive({ error: 'Số thành viên (memberCount) phải lớn hơn 0.' })
      .optional(),
    /** Đơn vị cấp trên: mã một mục trong content/don-vi. */
    parentUnit: ref('đơn vị cấp trên (parentUnit)').optional(),
  });
}
