import { z } from 'astro/zod';
import { isoDate, missingOr, text, year } from './common.ts';
import { entryShape } from './entry.ts';
import type { ImageFn } from './media.ts';

/** Sự đồng ý của người được giới thiệu (hoặc gia đình) cho việc đăng. */
export const consentSchema = z.strictObject({
  /** Ai đã đồng ý (chính người đó, hoặc người thân). */
  by: text('người đồng ý (consent.by)', 160),
  /** Ngày đồng ý, dạng NNNN-TT-NN. */
  date: isoDate('ngày đồng ý (consent.date)'),
  /** Ghi chú: đồng ý bằng văn bản, qua đơn vị… */
  note: text('ghi chú đồng ý', 300).optional(),
});

/** Cá nhân: an exemplary person. */
export function personSchema<I extends z.ZodType>(image: ImageFn<I>) {
  return z
    .strictObject({
      ...entryShape(image),
      /** Chức vụ, nghề nghiệp (ví dụ "Bí thư Chi bộ ấp Thới An"). */
      position: text('chức vụ (position)', 200),
      /** Năm sinh, nếu người đó đồng ý công bố. */
      birthYear: year('năm sinh (birthYear)', 1890).optional(),
      /** Giới tính, nếu cần nêu. */
      gender: z.enum(['nam', 'nữ'], { error: 'Giới tính (gender) chỉ nhận "nam" hoặc "nữ".' }).optional(),
      /** Còn sống (true) hay đã mất (false). */
      living: z.boolean({
        error: missingOr(
          'living: ghi true nếu người này còn sống, false nếu đã mất',
          'living chỉ nhận true (còn sống) hoặc false (đã mất).',
        ),
      }),
      /** Sự đồng ý đăng bài: bắt buộc với người còn sống. */
      consent: consentSchema.optional(),
    })
    .refine((data) => !(data.living === true && data.sample !== true && !data.consent), {
      path: ['consent'],
      error: 'Người còn sống cần có sự đồng ý đăng bài (consent: by, date).',
      params: {
        fix: 'Thêm nhóm "consent:" với hai dòng "by: …" (ai đồng ý) và "date: …" (ngày đồng ý, dạng NNNN-TT-NN) viết thụt lề bên dưới.',
      },
      // Checked even when other fields have mistakes, so every problem shows at once.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    });
}
