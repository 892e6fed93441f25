import { z } from 'astro/zod';
import { MAX_URL_CHARS } from '../lib/limits.ts';
import { isoDate, text, year } from './common.ts';
import { entryShape } from './entry.ts';
import type { ImageFn } from './media.ts';

/**
 * Căn cứ đăng bài về một người còn sống: sự đồng ý của người đó (hoặc người
 * thân), hoặc một bài báo đã công khai việc người đó được biểu dương, khen
 * thưởng (khi chưa hỏi được ý người đó). Cần ít nhất một trong hai.
 */
export const consentSchema = z
  .strictObject({
    /** Ai đã đồng ý (chính người đó, hoặc người thân). Bỏ trống khi căn cứ là một bài báo công khai (source). */
    by: text('người đồng ý (consent.by)', 160).optional(),
    /**
     * Ngày đồng ý; với căn cứ là bài báo: ngày đăng bài, hoặc ngày ghi nhận căn cứ nếu trang không ghi ngày đăng.
     * Dạng năm-tháng-ngày.
     */
    date: isoDate('ngày đồng ý (consent.date)'),
    /** Địa chỉ bài báo đã công khai việc người này được biểu dương: phải là url của một nguồn trong sources. */
    source: z
      .url({
        protocol: /^https?$/,
        error: 'Bài báo làm căn cứ (consent.source) phải là một URL đầy đủ, bắt đầu bằng https://.',
      })
      .max(MAX_URL_CHARS, { error: `Bài báo làm căn cứ (consent.source) dài quá ${MAX_URL_CHARS} ký tự.` })
      .optional(),
    /** Ghi chú: đồng ý bằng văn bản, qua đơn vị; hoặc việc biểu dương mà bài báo đưa tin… */
    note: text('ghi chú đồng ý', 300).optional(),
  })
  .refine((c) => c.by !== undefined || c.source !== undefined, {
    path: ['by'],
    error:
      'Cần ghi người đồng ý (consent.by) hoặc địa chỉ bài báo công khai việc biểu dương làm căn cứ đăng (consent.source).',
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
      /**
       * Còn sống (true) hay đã mất (false), nếu nguồn cho biết; bỏ trống khi nguồn (ví dụ một bài báo từ nhiều năm
       * trước) không cho biết hiện nay. Chưa rõ thì trang coi như còn sống: vẫn cần căn cứ đăng bài (consent).
       */
      living: z
        .boolean({ error: 'living chỉ nhận true (còn sống) hoặc false (đã mất); chưa rõ thì bỏ dòng này.' })
        .optional(),
      /** Căn cứ đăng bài: bắt buộc trừ khi nguồn cho biết người đó đã mất (living: false). */
      consent: consentSchema.optional(),
    })
    .refine((data) => !(data.living !== false && data.sample !== true && !data.consent), {
      path: ['consent'],
      error:
        'Người còn sống (hoặc chưa rõ còn sống hay đã mất) cần có căn cứ đăng bài (consent): sự đồng ý của người đó, hoặc bài báo công khai việc biểu dương.',
      params: {
        fix: 'Thêm nhóm "consent:" với dòng "by: …" (ai đồng ý) hoặc "source: …" (địa chỉ bài báo, lấy từ sources), và "date: …" (dạng năm-tháng-ngày) viết thụt lề bên dưới.',
      },
      // Checked even when other fields have mistakes, so every problem shows at once.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    })
    .refine((data) => !data.consent?.source || (data.sources ?? []).some((s) => s.url === data.consent?.source), {
      path: ['consent', 'source'],
      error: 'Bài báo làm căn cứ (consent.source) phải là địa chỉ (url) của một nguồn trong sources.',
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    });
}
