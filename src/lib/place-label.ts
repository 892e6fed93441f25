import { provinceByName } from '../data/provinces.ts';

/**
 * "Sóc Trăng (nay thuộc TP. Cần Thơ)": the province as written at the time of
 * recognition, named as people write it, and today's when the 2025 merger changed it.
 */
export function placeLabel(e: { province: string; currentProvince: string }): string {
  const place = provinceByName(e.province);
  const now = provinceByName(e.currentProvince);
  if (!place || !now) return e.province;
  return place === now ? place.label : `${place.label} (nay thuộc ${now.label})`;
}
