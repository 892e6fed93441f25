import { z } from 'astro/zod';
import { text } from './common.ts';
import { sourceSchema } from './source.ts';

/** Câu trích dẫn nổi bật trong một mục: lời của hoặc về tấm gương. */
export const pullQuoteSchema = z.strictObject({
  /** Lời trích, không cần dấu ngoặc kép. */
  text: text('lời trích dẫn', 600),
  /** Người nói hoặc viết. */
  author: text('người được trích lời', 120),
  /** Chức danh hoặc hoàn cảnh của người nói, nếu cần. */
  role: text('chức danh người được trích lời', 200).optional(),
});

/** Trích dẫn lời Chủ tịch Hồ Chí Minh (content/trich-dan), hiện ở trang chủ và kiosk. */
export const quotationSchema = z.strictObject({
  /** Lời trích, đúng như nguồn ghi. */
  text: text('lời trích dẫn', 600),
  /** Người nói, thường là "Chủ tịch Hồ Chí Minh". */
  author: text('người được trích lời', 120),
  /** Bối cảnh ngắn, nếu biết (ví dụ "Lời kêu gọi thi đua ái quốc"). */
  context: text('bối cảnh', 300).optional(),
  /** Nơi trang này lấy câu trích (bài báo đã dẫn lại). */
  source: sourceSchema,
  /** Hiện ở trang chủ hay không. */
  featured: z.boolean({ error: 'featured phải là true hoặc false.' }).default(false),
});

export type PullQuote = z.infer<typeof pullQuoteSchema>;
