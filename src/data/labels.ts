/**
 * The site's own words for counts, orders and actions: one wording each, used
 * by pages and browser code alike. People and collectives are "tấm gương",
 * models are "mô hình"; a count of results of any kind says "kết quả".
 */
import { formatNumber } from '../lib/format.ts';
import type { KindId } from './kinds.ts';

/** The orders of a list of results, as they appear in URLs (?sort=…). */
export const SORTS = ['lien-quan', 'moi-nhat', 'nam', 'ten', 'ngau-nhien'] as const;
export type Sort = (typeof SORTS)[number];

/** One label per order, wherever it is offered (search, explore, list pages). */
export const SORT_LABELS: Record<Sort, string> = {
  'lien-quan': 'Liên quan nhất',
  'moi-nhat': 'Mới nhất',
  nam: 'Năm được biểu dương',
  ten: 'Theo tên',
  'ngau-nhien': 'Ngẫu nhiên',
};

/** One label per action on filters. */
export const ACTIONS = {
  /** Removes every filter at once. */
  clearFilters: 'Xóa bộ lọc',
  /** Read before a chip's label by screen readers: "Bỏ lọc Loại: Mô hình". */
  removeFilter: 'Bỏ lọc',
} as const;

/** The noun of a kind when counted: people and collectives are tấm gương, models are mô hình. */
export const countNoun = (kind: KindId) => (kind === 'mo-hinh' ? 'mô hình' : 'tấm gương');

/** "12 tấm gương" of people or collectives, "9 mô hình" of models. */
export const countOf = (kind: KindId, n: number) => `${formatNumber(n)} ${countNoun(kind)}`;

/** "5 tấm gương", "3 mô hình", or "5 tấm gương, 3 mô hình" when both are counted. */
export function countLabel(items: readonly { kind: KindId }[]): string {
  const models = items.filter((i) => i.kind === 'mo-hinh').length;
  const examples = items.length - models;
  const parts = [
    examples > 0 && `${formatNumber(examples)} tấm gương`,
    models > 0 && `${formatNumber(models)} mô hình`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : '0 tấm gương';
}

/** "12 kết quả": a number of search or explore results, whatever their kinds. */
export const resultCount = (total: number) => `${formatNumber(total)} kết quả`;
