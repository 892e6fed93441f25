import { z } from 'astro/zod';
import { MAX_ITEMS, MAX_URL_CHARS } from '../lib/limits.ts';
import { isoDate, maxItems, missingOr, text } from './common.ts';

/** Nguồn: a published document the facts of an entry come from ("làm thực chất"). */
export const sourceSchema = z.strictObject(
  {
    /** Tiêu đề bài viết hoặc văn bản. */
    title: text('tiêu đề nguồn', 300),
    /** Cơ quan, tờ báo đã đăng (ví dụ "Báo Vĩnh Long"). */
    publisher: text('nơi đăng nguồn', 200),
    /** Ngày đăng, dạng năm-tháng-ngày. */
    date: isoDate('ngày đăng nguồn').optional(),
    /** Địa chỉ trang web, nếu có. */
    url: z
      .url({ protocol: /^https?$/, error: 'Địa chỉ nguồn phải là một URL đầy đủ, bắt đầu bằng https://.' })
      .max(MAX_URL_CHARS, { error: `Địa chỉ nguồn dài quá ${MAX_URL_CHARS} ký tự.` })
      .optional(),
  },
  { error: missingOr('nguồn (source)', 'Nguồn phải gồm các dòng title, publisher viết thụt lề bên dưới.') },
);

export type Source = z.infer<typeof sourceSchema>;

/** At least one source: every fact on the site can be traced. */
export const sourcesSchema = z
  .array(sourceSchema, {
    error: missingOr(
      'nguồn: cần ít nhất một nguồn (sources)',
      'Nguồn (sources) phải là một danh sách, mỗi nguồn bắt đầu bằng "- title: …".',
    ),
  })
  .min(1, { error: 'Cần ít nhất một nguồn (sources) cho mỗi mục.' })
  .max(...maxItems('nguồn (sources)', MAX_ITEMS.sources));
