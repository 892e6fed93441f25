import { z } from 'astro/zod';
import { fieldLabels } from '../data/fields.ts';
import { kindIds } from '../data/kinds.ts';
import { MAX_ITEMS, MAX_REF_CHARS } from '../lib/limits.ts';
import { SLUG } from '../lib/slug.ts';
import { isoDate, maxItems, missingOr, oneOf, ref, text } from './common.ts';
import { coverSchema, galleryItemSchema, type ImageFn } from './media.ts';
import { placeSchema } from './place.ts';
import { pullQuoteSchema } from './quote.ts';
import { recognitionSchema } from './recognition.ts';
import { sourcesSchema } from './source.ts';

/** "tap-the/quan-uy-o-mon": a reference to an entry of any kind. */
export const entryRefSchema = z
  .string({ error: 'Tham chiếu mục phải viết dạng loai/ma-muc, ví dụ tap-the/quan-uy-o-mon.' })
  .max(MAX_REF_CHARS, { error: `Tham chiếu mục dài quá ${MAX_REF_CHARS} ký tự.`, abort: true })
  .regex(new RegExp(`^(${kindIds.join('|')})/${SLUG}$`), {
    error: (iss) => `Tham chiếu "${String(iss.input)}" phải viết dạng loai/ma-muc, ví dụ tap-the/quan-uy-o-mon.`,
  });

/** The fields every entry has, whatever its kind. */
export function entryShape<I extends z.ZodType>(image: ImageFn<I>) {
  return {
    /** Họ tên người, tên tập thể hoặc tên mô hình. */
    title: text('tiêu đề (title)', 160),
    /** Tóm tắt một hoặc hai câu: hiện trên thẻ, trong kết quả tìm kiếm và mô tả trang. */
    summary: text('tóm tắt (summary)', 320),
    /** Lĩnh vực, một hoặc nhiều, theo danh mục (ví dụ "An sinh xã hội, từ thiện"). */
    fields: z
      .array(oneOf('lĩnh vực', fieldLabels), {
        error: missingOr('lĩnh vực (fields)', 'Lĩnh vực (fields) phải là một danh sách, mỗi dòng bắt đầu bằng "- ".'),
      })
      .min(1, { error: 'Cần ít nhất một lĩnh vực (fields).' })
      .max(...maxItems('lĩnh vực (fields)', MAX_ITEMS.fields)),
    /** Địa bàn như nguồn nêu (tên tỉnh cũ vẫn dùng được; trang ghi thêm tên hiện nay). */
    place: placeSchema,
    /** Đơn vị liên quan: mã các mục trong content/don-vi, đơn vị chính đứng đầu. */
    units: z
      .array(ref('đơn vị'))
      .max(...maxItems('đơn vị (units)', MAX_ITEMS.units))
      .default([]),
    /** Phong trào, cuộc vận động, đợt biểu dương: mã các mục trong content/phong-trao. */
    campaigns: z
      .array(ref('phong trào'))
      .max(...maxItems('phong trào (campaigns)', MAX_ITEMS.campaigns))
      .default([]),
    /** Các lần được khen thưởng, biểu dương. */
    recognitions: z
      .array(recognitionSchema)
      .max(...maxItems('danh sách khen thưởng (recognitions)', MAX_ITEMS.recognitions))
      .default([]),
    /**
     * Ảnh bìa, nếu có ảnh được phép đăng. Không có ảnh thì bỏ hẳn nhóm cover: trang tự dựng một bìa bằng chữ
     * (tên, loại, địa phương) và ghi "Chưa có ảnh"; không dùng ảnh vẽ, ảnh bóng người hay ảnh của bài khác.
     */
    cover: coverSchema(image).optional(),
    /** Bộ ảnh kèm chú thích. */
    gallery: z
      .array(galleryItemSchema(image))
      .max(...maxItems('bộ ảnh (gallery)', MAX_ITEMS.gallery))
      .default([]),
    /** Câu trích dẫn nổi bật, nếu có. */
    quote: pullQuoteSchema.optional(),
    /** Nguồn tư liệu: ít nhất một. */
    sources: sourcesSchema,
    /** Mục liên quan do biên tập viên chọn, dạng loai/ma-muc. */
    related: z
      .array(entryRefSchema)
      .max(...maxItems('mục liên quan (related)', MAX_ITEMS.related))
      .default([]),
    /** Ngày đăng lên trang, dạng năm-tháng-ngày. */
    published: isoDate('ngày đăng (published)'),
    /** Ngày cập nhật gần nhất, nếu có. */
    updated: isoDate('ngày cập nhật (updated)').optional(),
    /** Nổi bật: hiện ở trang chủ và kiosk. */
    featured: z.boolean({ error: 'featured phải là true hoặc false.' }).default(false),
    /** Bản nháp: không đăng lên trang. */
    draft: z.boolean({ error: 'draft phải là true hoặc false.' }).default(false),
    /**
     * Nội dung minh họa (không phải người, việc có thật): trang hiện nhãn "Nội dung minh họa", không được đánh chỉ
     * mục, không tính vào số liệu trang chủ. Chỉ gắn với đơn vị, phong trào minh họa (src/checks/check-samples.ts).
     */
    sample: z.boolean({ error: 'sample phải là true hoặc false.' }).default(false),
  };
}
