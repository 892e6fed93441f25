import { provinceByName } from '../data/provinces.ts';
import { CENTRAL_LABEL } from '../schemas/place.ts';

/**
 * "Sóc Trăng (nay thuộc TP. Cần Thơ)": the province as its sources name it, named
 * as people write it, and today's when the 2025 merger changed it; "Trung ương"
 * for a central body, which has no province.
 */
export function placeLabel(e: { province?: string | undefined; currentProvince?: string | undefined }): string {
  if (!e.province || !e.currentProvince) return CENTRAL_LABEL;
  const place = provinceByName(e.province);
  const now = provinceByName(e.currentProvince);
  if (!place || !now) return e.province;
  return place === now ? place.label : `${place.label} (nay thuộc ${now.label})`;
}
