import { z } from 'astro/zod';
import { MAX_ITEMS } from '../lib/limits.ts';
import { maxItems, missingOr, text } from './common.ts';
import { entryShape } from './entry.ts';
import type { ImageFn } from './media.ts';

/** Một kết quả, sản phẩm đầu ra của mô hình, có số liệu khi nguồn nêu. */
export const outputSchema = z.strictObject({
  /** Kết quả là gì (ví dụ "pano tuyên truyền"). */
  label: text('tên kết quả (outputs.label)', 200),
  /** Con số, nếu có (ví dụ 34). */
  value: z.number({ error: 'Giá trị (outputs.value) phải là một số, ví dụ 34.' }).optional(),
  /** Đơn vị tính, nếu có (ví dụ "pano", "lượt người"). */
  unit: text('đơn vị tính (outputs.unit)', 60).optional(),
});

/**
 * The registration form of a model ("Dân vận khéo"): its name is the title,
 * the other fields are these. Each is optional: write what the source says.
 */
export const modelFormSchema = z.strictObject(
  {
    /** Thực trạng, lý do xây dựng mô hình. */
    situation: text('thực trạng, lý do (situation)', 1500).optional(),
    /** Mục tiêu. */
    goals: text('mục tiêu (goals)', 1500).optional(),
    /** Nội dung và cách thức thực hiện. */
    approach: text('nội dung và cách thức (approach)', 2000).optional(),
    /** Địa bàn và đối tượng. */
    area: text('địa bàn và đối tượng (area)', 500).optional(),
    /** Lực lượng thực hiện. */
    forces: text('lực lượng (forces)', 500).optional(),
    /** Nguồn lực. */
    resources: text('nguồn lực (resources)', 500).optional(),
    /** Thời gian thực hiện (ví dụ "Từ năm 2021"). */
    period: text('thời gian (period)', 200).optional(),
    /** Sản phẩm đầu ra, kết quả, có số liệu nếu có. */
    outputs: z
      .array(outputSchema)
      .max(...maxItems('kết quả (outputs)', MAX_ITEMS.outputs))
      .default([]),
    /** Khả năng nhân rộng. */
    replicability: text('khả năng nhân rộng (replicability)', 1000).optional(),
  },
  {
    error: missingOr(
      'phiếu mô hình (model)',
      'Phiếu mô hình (model) phải gồm các dòng situation, goals… viết thụt lề bên dưới.',
    ),
  },
);

/** Mô hình: a good-practice model. */
export function modelSchema<I extends z.ZodType>(image: ImageFn<I>) {
  return z.strictObject({
    ...entryShape(image),
    /** Các mục của phiếu đăng ký mô hình. */
    model: modelFormSchema,
  });
}
