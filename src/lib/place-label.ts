/** "Sóc Trăng (nay là Cần Thơ)": the province at recognition, and today's when the 2025 merger changed it. */
export function placeLabel(e: { province: string; currentProvince: string }): string {
  return e.province === e.currentProvince ? e.province : `${e.province} (nay là ${e.currentProvince})`;
}
