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

/** The date the merger took effect. */
export const mergerDate: string = data.effective;

const list: Province[] = [];
for (const p of data.provinces) {
  const type = p.type as Province['type'];
  list.push({ name: p.name, slug: slug(p.name), current: true, type, mergedFrom: p.merged_from, currentName: p.name });
}
for (const p of data.provinces) {
  for (const old of p.merged_from) {
    list.push({ name: old, slug: slug(old), current: false, type: 'tinh', mergedFrom: [], currentName: p.name });
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

/** The province record for a name, or undefined. */
export function provinceByName(name: string): Province | undefined {
  return byName.get(name.normalize('NFC'));
}

/** The current province for a name of any time: "Sóc Trăng" → "Cần Thơ". */
export function currentProvinceOf(name: string): string {
  const p = provinceByName(name);
  if (!p) throw new Error(`Không có tỉnh, thành phố tên "${name}"`);
  return p.currentName;
}

/** "thành phố Cần Thơ" / "tỉnh Quảng Ninh" — the name with its type, for prose. */
export function provinceFullName(name: string): string {
  const p = provinceByName(name);
  if (!p) return name;
  return `${p.type === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${p.name}`;
}
