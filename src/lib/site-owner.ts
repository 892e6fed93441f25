/**
 * The owner block as the site shows it, and what is still unfilled. Reads
 * SITE_OWNER (src/consts.ts); a value not known yet is shown as an honest
 * placeholder that cannot be taken for a real agency, address or contact.
 */
import type { SiteOwner } from '../consts.ts';

/** Every owner value with its Vietnamese label and its placeholder, in display order. */
export const ownerFields: readonly { key: keyof SiteOwner; label: string; missing: string }[] = [
  { key: 'agency', label: 'Cơ quan chủ quản', missing: 'Chưa công bố cơ quan chủ quản' },
  { key: 'address', label: 'Địa chỉ', missing: 'Chưa công bố địa chỉ' },
  { key: 'contact', label: 'Liên hệ', missing: 'Chưa công bố số điện thoại, thư điện tử' },
  { key: 'textLicence', label: 'Giấy phép bài viết', missing: 'Chưa công bố giấy phép sử dụng lại bài viết' },
  { key: 'photoLicence', label: 'Giấy phép ảnh', missing: 'Chưa công bố giấy phép sử dụng lại ảnh' },
  { key: 'correction', label: 'Nhận đề nghị đính chính', missing: 'Chưa công bố địa chỉ nhận đề nghị đính chính' },
  { key: 'repository', label: 'Kho mã nguồn', missing: 'Chưa công bố địa chỉ kho mã nguồn' },
];

/** One line of the owner block: a value to print (with a link when it is one) or its placeholder. */
export interface OwnerLine {
  key: keyof SiteOwner;
  label: string;
  text: string;
  href?: string;
  /** True when the value is not known yet and `text` is the placeholder. */
  missing: boolean;
}

/** A mailto: link for an e-mail address, the URL itself for an https:// address, none otherwise. */
export function ownerHref(value: string): string | undefined {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  if (/^https:\/\/\S+$/.test(value)) return value;
  return undefined;
}

/** The lines of the owner block. */
export function ownerLines(owner: SiteOwner): OwnerLine[] {
  return ownerFields.map(({ key, label, missing }) => {
    const value = owner[key]?.trim();
    return value
      ? { key, label, text: value, href: ownerHref(value), missing: false }
      : { key, label, text: missing, missing: true };
  });
}

/** The labels of the values still unfilled. */
export function unfilledOwnerFields(owner: SiteOwner): string[] {
  return ownerFields.filter(({ key }) => !owner[key]?.trim()).map(({ label }) => label);
}

/** Whether a site address is this machine (a local build or test), not a deployment. */
export function isLocalSite(site: string | undefined): boolean {
  if (!site) return true;
  const host = new URL(site).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
}

/**
 * The reason a build must stop: the site is built for a real domain while
 * owner values are still unfilled; undefined when it may go on.
 */
export function ownerProblem(site: string | undefined, owner: SiteOwner): string | undefined {
  const unfilled = unfilledOwnerFields(owner);
  if (isLocalSite(site) || !unfilled.length) return undefined;
  return (
    `Trang được dựng cho ${site} nhưng còn thiếu thông tin chủ quản: ${unfilled.join(', ')}. ` +
    'Hãy điền các giá trị thật vào SITE_OWNER trong src/consts.ts (xem README, mục "Site owner") rồi dựng lại.'
  );
}
