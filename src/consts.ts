/** Site-wide constants (the examples/blog convention). */
export const SITE_TITLE = 'Gương Sáng';
export const SITE_TAGLINE =
  'Những tấm gương bình dị mà cao quý trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh';
export const SITE_DESCRIPTION =
  'Gương Sáng giới thiệu các cá nhân, tập thể và mô hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (Chỉ thị 05-CT/TW, Kết luận 01-KL/TW), mỗi bài kèm nguồn đã công bố.';
/** Entries on one page of a list. */
export const PAGE_SIZE = 24;
/** Where readers ask for a correction or removal. */
export const TAKEDOWN_EMAIL = 'lienhe@guongsang.vn';
