/**
 * Illustrative ("minh họa") content: how it is marked wherever it is built,
 * and the one setting that leaves it out of a build. Shared by pages, the
 * content checks and the browser code's templates (no browser code here).
 */

/** The badge on every surface that shows a sample: page header, cards, search and explore results. */
export const SAMPLE_LABEL = 'Nội dung minh họa';

/** Added to a sample's page title and link-preview title. */
export const SAMPLE_TITLE_SUFFIX = ' (minh họa)';

/** Starts a sample's meta and link-preview description, so a shared link says what it is. */
export const SAMPLE_PREVIEW_NOTE = 'Nội dung minh họa, không phải người thật, việc thật. ';

/** The word a sample unit's, campaign's, issuer's or publisher's name must contain (check:content). */
export const SAMPLE_WORD = 'minh họa';

/** The ending of a sample unit's or campaign's file name: the content index tells samples apart by it. */
export const SAMPLE_ID_SUFFIX = '-minh-hoa';

/**
 * Hosts reserved for examples (RFC 2606, RFC 6761): the only addresses a
 * sample's sources may link to, so no sample ever cites a real publication.
 */
export function isIllustrativeUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return /(^|\.)example\.(com|net|org)$/.test(host) || /(^|\.)example$/.test(host);
  } catch {
    return false;
  }
}

/** The environment variable of the setting, and its values. */
export const SAMPLES_VARIABLE = 'SAMPLES';

/**
 * Whether this build includes samples: yes unless SAMPLES=off. Any other value
 * stops the build, so a typo never publishes what the operator meant to leave out.
 */
export function samplesIncluded(env: Record<string, string | undefined> = process.env): boolean {
  const value = env[SAMPLES_VARIABLE]?.trim();
  if (!value || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(
    `${SAMPLES_VARIABLE}="${value}" không hợp lệ: ghi ${SAMPLES_VARIABLE}=off để dựng trang không có nội dung minh họa, hoặc bỏ biến này để giữ chúng.`,
  );
}
