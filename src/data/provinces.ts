/**
 * Tỉnh, thành phố before and after the 2025 merger (Nghị quyết 202/2025/QH15,
 * in force from 01/07/2025): 63 names before, 34 after. The facts live in
 * provinces-2025.json, copied from the project's shared data; this module is
 * the only reader of that file.
 */
import data from './provinces-2025.json' with { type: 'json' };
import { slug } from '../lib/slug.ts';

export interface Province {
  /** Official name without "tỉnh"/"thành phố", e.g. "Cần Thơ". */
  name: string;
  /**
   * The name as people write it, shown everywhere the site names the place
   * (index, facets, cards, messages): "TP. Cần Thơ" for a centrally governed
   * city today, the plain name otherwise ("Quảng Ninh", "Sóc Trăng").
   */
  label: string;
  /** URL slug, e.g. "can-tho". */
  slug: string;
  /** Whether this name is a province-level unit after 01/07/2025. */
  current: boolean;
  /** "thanh-pho" for a centrally governed city, "tinh" for a province. */
  type: 'tinh' | 'thanh-pho';
  /** For a current unit: the former provinces merged into it. */
  mergedFrom: string[];
  /** The current unit this name belongs to today (itself when current). */
  currentName: string;
}

/** How a centrally governed city is written before its name: "TP. Hồ Chí Minh". */
export const CITY_PREFIX = 'TP. ';

/**
 * Other names an editor may write in `place.province`, each leading to the
 * official name: "Thừa Thiên Huế", the province that became the city of Huế
 * on 01/01/2025 (Nghị quyết 175/2024/QH15), before the 2025 merger.
 */
const otherNames: Record<string, string> = { 'Thừa Thiên Huế': 'Huế' };

/** The date the merger took effect. */
export const mergerDate: string = data.effective;

const list: Province[] = [];
for (const p of data.provinces) {
  const type = p.type as Province['type'];
  const label = type === 'thanh-pho' ? `${CITY_PREFIX}${p.name}` : p.name;
  list.push({
    name: p.name,
    label,
    slug: slug(p.name),
    current: true,
    type,
    mergedFrom: p.merged_from,
    currentName: p.name,
  });
}
for (const p of data.provinces) {
  for (const old of p.merged_from) {
    list.push({
      name: old,
      label: old,
      slug: slug(old),
      current: false,
      type: 'tinh',
      mergedFrom: [],
      currentName: p.name,
    });
  }
}

/** Every province name, current ones first, each once. */
export const provinces: readonly Province[] = list;
export const provinceNames = list.map((p) => p.name) as [string, ...string[]];
/** The 34 current units. */
export const currentProvinces = list.filter((p) => p.current);
/** The 29 former provinces merged into another in 2025. */
export const formerProvinces = list.filter((p) => !p.current);

const byName = new Map(list.map((p) => [p.name, p]));
// The written forms accepted besides the official names: "TP. Cần Thơ" for every city, and the other names.
const aliases = new Map<string, Province>();
for (const p of list) if (p.label !== p.name) aliases.set(p.label, p);
for (const [alias, name] of Object.entries(otherNames)) aliases.set(alias, byName.get(name)!);
for (const [alias, p] of aliases) byName.set(alias, p);

/**
 * Every name `place.province` accepts: the 63 official names, then the
 * written forms "TP. …" and the other names ("Thừa Thiên Huế").
 */
export const acceptedProvinceNames = [...provinceNames, ...aliases.keys()] as [string, ...string[]];

/** The province record for a name (official, "TP. …" or another accepted name), or undefined. */
export function provinceByName(name: string): Province | undefined {
  return byName.get(name.normalize('NFC'));
}

/** The current province for a name of any time: "Sóc Trăng" → "Cần Thơ". */
export function currentProvinceOf(name: string): string {
  const p = provinceByName(name);
  if (!p) throw new Error(`Không có tỉnh, thành phố tên "${name}"`);
  return p.currentName;
}

/** The name as shown ("TP. Cần Thơ") for a name of any accepted form; the name itself when unknown. */
export function provinceLabel(name: string): string {
  return provinceByName(name)?.label ?? name;
}

/** "thành phố Cần Thơ" / "tỉnh Quảng Ninh" — the name with its type, for prose. */
export function provinceFullName(name: string): string {
  const p = provinceByName(name);
  if (!p) return name;
  return `${p.type === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${p.name}`;
}
