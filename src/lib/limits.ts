/**
 * How big content may be: one place for every size limit, read by the
 * checks, the schemas and CONTRIBUTING.md's table. Generous for real stories
 * (the longest sample entry is under 6 KB), small enough that a hostile or
 * mistaken file cannot slow or stop the build.
 */

/** A whole entry or data file, in bytes: checked before the file is read or parsed. */
export const MAX_FILE_BYTES = 200 * 1024;

/** The story below the frontmatter, in characters (about 15,000 words, 40 printed pages). */
export const MAX_BODY_CHARS = 100_000;

/** Levels of nesting in a story (quotes in lists in quotes…): real stories use three or four. */
export const MAX_BODY_DEPTH = 30;

/** Levels of lists and groups inside a YAML block (entries use at most four). */
export const MAX_YAML_DEPTH = 20;

/** A reference or an image path, in characters. */
export const MAX_REF_CHARS = 120;

/** A web address, in characters. */
export const MAX_URL_CHARS = 2000;

/** The most items each list field may have. */
export const MAX_ITEMS = {
  fields: 6,
  units: 10,
  campaigns: 10,
  recognitions: 50,
  gallery: 40,
  sources: 20,
  related: 12,
  outputs: 20,
  entries: 500,
} as const;
