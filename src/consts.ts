/** Site-wide constants (the examples/blog convention). */
export const SITE_TITLE = 'Gương Sáng';
export const SITE_TAGLINE =
  'Những tấm gương bình dị mà cao quý trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh';
export const SITE_DESCRIPTION =
  'Gương Sáng giới thiệu các cá nhân, tập thể và mô hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (Chỉ thị 05-CT/TW, Kết luận 01-KL/TW), mỗi bài kèm nguồn đã công bố.';
/** The page that explains how to ask for a correction or removal. */
export const CORRECTION_PAGE = '/dinh-chinh/';

/**
 * Who publishes the site, under what terms, and where corrections go. `null`
 * means "not known yet": the site then says so in plain words ("Chưa công
 * bố…", src/lib/site-owner.ts) and `astro build` for a real domain stops
 * (src/integrations/owner-check.ts) until an operator fills every value in.
 * Put here only real, confirmed values, never an example or a guess.
 */
export interface SiteOwner {
  /** Cơ quan chủ quản: the agency or organisation responsible for the site, e.g. its full official name. */
  agency: string | null;
  /** Địa chỉ trụ sở of that agency. */
  address: string | null;
  /** General contact: a phone number and/or e-mail address, as it should be printed. */
  contact: string | null;
  /** Licence or terms of reuse of the texts (e.g. "CC BY 4.0", or "Giữ bản quyền; đăng lại xin ghi nguồn"). */
  textLicence: string | null;
  /** Licence or terms of the photos (each photo also carries its own credit). */
  photoLicence: string | null;
  /** Where a correction or removal request goes: an e-mail address (mailto) or an https:// form. */
  correction: string | null;
  /** The public repository (https://…) whose issues and pull requests also receive corrections. */
  repository: string | null;
}

/**
 * The editors' own targets for a correction request (working days), stated on
 * /dinh-chinh/: hiding an entry its subject asks to remove, and answering.
 */
export const CORRECTION_DAYS = { hide: 2, answer: 10 } as const;

export const SITE_OWNER: SiteOwner = {
  agency: null,
  address: null,
  contact: null,
  textLicence: null,
  photoLicence: null,
  correction: null,
  repository: null,
};
