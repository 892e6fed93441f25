/** Vietnamese dates and numbers (vi-VN), one formatter each. */

const numberFormat = new Intl.NumberFormat('vi-VN');

/**
 * "2023-09-06" → "6 tháng 9 năm 2023": the one way the site writes a date (Intl's vi-VN long form,
 * "6 tháng 9, 2023", is not how Vietnamese prose writes it). Put "ngày" before it in a sentence.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} tháng ${month} năm ${year}`;
}

/** 25525 → "25.525". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 16_462_643 → "15,7 MB", 204_800 → "200 KB": a file size as editors read it. */
export function formatBytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  if (mb >= 1) return `${mb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  return `${Math.ceil(bytes / 1024).toLocaleString('vi-VN')} KB`;
}
