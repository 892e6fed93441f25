/** Vietnamese dates and numbers (vi-VN), one formatter each. */
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const numberFormat = new Intl.NumberFormat('vi-VN');

/** "2023-09-06" → "6 tháng 9, 2023". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** "2023-09-06" → "06/09/2023". */
export function formatShortDate(iso: string): string {
  return shortDate.format(new Date(`${iso}T00:00:00Z`));
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
