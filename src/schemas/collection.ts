import { z } from 'astro/zod';
import { MAX_ITEMS } from '../lib/limits.ts';
import { maxItems, missingOr, text } from './common.ts';
import { entryRefSchema } from './entry.ts';

/** Bộ sưu tập (content/bo-suu-tap/<ma>.yaml): a curated, ordered set of entries; also a kiosk playlist. */
export const collectionSchema = z.strictObject({
  /** Tên bộ sưu tập. */
  title: text('tên bộ sưu tập (title)', 200),
  /** Giới thiệu ngắn, hiện trên trang: chỉ những gì nguồn của các mục nêu. */
  description: text('giới thiệu (description)', 1500),
  /** Ghi chú cho biên tập viên (ví dụ "dùng cho kiosk triển lãm"): không bao giờ hiện trên trang. */
  note: text('ghi chú biên tập (note)', 500).optional(),
  /** Các mục, theo thứ tự trình bày, dạng loai/ma-muc (ví dụ tap-the/quan-uy-o-mon). */
  entries: z
    .array(entryRefSchema, {
      error: missingOr(
        'danh sách mục (entries)',
        'Danh sách mục (entries) phải là một danh sách, mỗi mục một dòng bắt đầu bằng "- ".',
      ),
    })
    .min(1, { error: 'Bộ sưu tập cần ít nhất một mục (entries).' })
    .max(...maxItems('danh sách mục (entries)', MAX_ITEMS.entries)),
  /** Cài đặt khi chạy trên kiosk triển lãm. */
  kiosk: z
    .strictObject({
      /** Số giây không chạm trước khi hỏi "Bạn vẫn đang xem?". */
      idleSeconds: z
        .number({ error: 'idleSeconds phải là một số giây.' })
        .int({ error: 'idleSeconds phải là số nguyên.' })
        .min(15, { error: 'idleSeconds phải từ 15 đến 3600 giây.' })
        .max(3600, { error: 'idleSeconds phải từ 15 đến 3600 giây.' })
        .default(90),
      /** Số giây mỗi trang trình chiếu. */
      slideSeconds: z
        .number({ error: 'slideSeconds phải là một số giây.' })
        .int({ error: 'slideSeconds phải là số nguyên.' })
        .min(3, { error: 'slideSeconds phải từ 3 đến 120 giây.' })
        .max(120, { error: 'slideSeconds phải từ 3 đến 120 giây.' })
        .default(8),
    })
    .optional(),
});

export type Collection = z.infer<typeof collectionSchema>;
