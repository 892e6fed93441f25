import { z } from 'astro/zod';
import { acceptedProvinceNames } from '../data/provinces.ts';
import { missingOr, oneOf, text } from './common.ts';

/** Where a central body belongs: it has no province of its own, and the site says so. */
export const CENTRAL_LABEL = 'Trung ương';

/** The problem of a place with neither a province nor `central: true`, pinned by a test. */
export const MISSING_PROVINCE = {
  message: 'Địa bàn (place) chưa ghi tỉnh, thành phố (province).',
  fix: 'Ghi "province: …" như nguồn nêu, ví dụ "province: Cần Thơ"; với cơ quan, đơn vị cấp Trung ương mà nguồn không nêu tỉnh, thành phố, ghi "central: true".',
} as const;

/**
 * Địa bàn: where an entry belongs, as its sources name it. The current province
 * after the 2025 merger is derived, never asked twice. A central body whose
 * sources name no province says `central: true` instead of guessing one.
 */
export const placeSchema = z
  .strictObject(
    {
      /** Tỉnh, thành phố như nguồn nêu (tên trước hoặc sau sáp nhập 2025), ví dụ "Cần Thơ" hoặc "TP. Cần Thơ". */
      province: oneOf('tỉnh, thành phố', acceptedProvinceNames).optional(),
      /**
       * Ghi `true` với cơ quan, đơn vị cấp Trung ương khi nguồn không nêu tỉnh, thành phố (thay cho `province`):
       * trang ghi địa bàn là "Trung ương" và không xếp mục này vào tỉnh, thành phố nào.
       */
      central: z.literal(true, { error: 'central chỉ ghi "true" (cơ quan, đơn vị cấp Trung ương).' }).optional(),
      /** Quận, huyện hoặc đơn vị cấp dưới, ghi tự do (ví dụ "quận Ô Môn"). */
      district: text('quận, huyện', 120).optional(),
      /** Xã, phường, thị trấn, ghi tự do. */
      commune: text('xã, phường', 120).optional(),
    },
    { error: missingOr('địa bàn (place)', 'Địa bàn (place) phải gồm dòng "province: …" viết thụt lề bên dưới.') },
  )
  .superRefine((p, ctx) => {
    if (p.province === undefined && p.central === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['province'],
        message: MISSING_PROVINCE.message,
        params: { fix: MISSING_PROVINCE.fix },
      });
    if (p.province !== undefined && p.central !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['central'],
        message: 'Địa bàn (place) vừa ghi tỉnh, thành phố (province) vừa ghi Trung ương (central).',
        params: { fix: 'Giữ một trong hai dòng: "province" nếu nguồn nêu tỉnh, thành phố, "central: true" nếu không.' },
      });
  });

export type Place = z.infer<typeof placeSchema>;
