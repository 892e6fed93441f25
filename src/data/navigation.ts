import { kinds } from './kinds.ts';

/** The main menu: the three kinds, then the ways to browse, the faceted browse, then the about page. */
export const mainNav = [
  ...kinds.map((k) => ({ href: `/${k.id}/`, label: k.label })),
  { href: '/linh-vuc/', label: 'Lĩnh vực' },
  { href: '/dia-phuong/', label: 'Địa phương' },
  { href: '/phong-trao/', label: 'Phong trào' },
  { href: '/kham-pha/', label: 'Khám phá' },
  { href: '/gioi-thieu/', label: 'Giới thiệu' },
] as const;

/** The footer's browse links: every taxonomy. */
export const browseNav = [
  { href: '/linh-vuc/', label: 'Theo lĩnh vực' },
  { href: '/dia-phuong/', label: 'Theo địa phương' },
  { href: '/nam/', label: 'Theo năm' },
  { href: '/don-vi/', label: 'Theo đơn vị' },
  { href: '/phong-trao/', label: 'Theo phong trào' },
  { href: '/bo-suu-tap/', label: 'Bộ sưu tập' },
] as const;
