import { z } from 'astro/zod';
import { acceptedProvinceNames } from '../data/provinces.ts';
import { missingOr, oneOf, text } from './common.ts';

/**
 * Địa bàn: where an entry belongs, as it was called at the time of recognition.
 * The current province after the 2025 merger is derived, never asked twice.
 */
export const placeSchema = z.strictObject(
  {
    /** Tỉnh, thành phố như nguồn nêu (tên trước hoặc sau sáp nhập 2025), ví dụ "Cần Thơ" hoặc "TP. Cần Thơ". */
    province: oneOf('tỉnh, thành phố', acceptedProvinceNames),
    /** Quận, huyện hoặc đơn vị cấp dưới, ghi tự do (ví dụ "quận Ô Môn"). */
    district: text('quận, huyện', 120).optional(),
    /** Xã, phường, thị trấn, ghi tự do. */
    commune: text('xã, phường', 120).optional(),
  },
  { error: missingOr('địa bàn (place)', 'Địa bàn (place) phải gồm dòng "province: …" viết thụt lề bên dưới.') },
);

export type Place = z.infer<typeof placeSchema>;
