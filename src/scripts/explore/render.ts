/**
 * The parts of /kham-pha/ that change with each browse, built with DOM calls
 * (text goes in as text, never as HTML): result cards, pagination, the
 * chips of the active filters and the facet counts.
 */
import { kinds } from '../../data/kinds.ts';
import { ACTIONS, resultCount } from '../../data/labels.ts';
import { formatNumber } from '../../lib/format.ts';
import { SAMPLE_LABEL } from '../../lib/samples.ts';
import type { FilterCounts, ResultData } from '../search/engine.ts';
import { renderPagination as renderPageLinks } from '../search/pagination.ts';
import type { FilterKey, SearchState } from '../search/state.ts';
import { lastPage } from '../search/view.ts';
import { chips, PAGE_SIZE, withPage, writeState } from './facets.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** "26 kết quả". */
export function countText(total: number): string {
  return resultCount(total);
}

const SVG = 'http://www.w3.org/2000/svg';

/** The site's star in its red disc, as TypeCover.astro draws it. */
function star(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'star');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('aria-hidden', 'true');
  const disc = document.createElementNS(SVG, 'circle');
  for (const [k, v] of [
    ['cx', '16'],
    ['cy', '16'],
    ['r', '16'],
    ['fill', 'currentColor'],
  ])
    disc.setAttribute(k!, v!);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M16 5l3.1 7.2 7.8.7-5.9 5.1 1.8 7.6L16 21.6l-6.8 4 1.8-7.6-5.9-5.1 7.8-.7z');
  path.setAttribute('fill', '#e6c65c');
  svg.append(disc, path);
  return svg;
}

/** A result without a photo: the typographic cover of EntryCard.astro (TypeCover.astro), never a borrowed picture. */
function typeCover(result: ResultData, kindLabel: string | undefined): HTMLElement {
  return el(
    'div',
    { class: 'type-cover type-cover-card', role: 'img', 'aria-label': 'Chưa có ảnh' },
    star(),
    kindLabel && el('span', { class: 'kind', 'aria-hidden': 'true' }, kindLabel),
    el('span', { class: 'name', 'aria-hidden': 'true' }, result.title),
    result.place && el('span', { class: 'place', 'aria-hidden': 'true' }, result.place),
  );
}

function card(result: ResultData): HTMLElement {
  const kind = kinds.find((k) => k.id === result.kind);
  return el(
    'li',
    {},
    el(
      'article',
      { class: 'card' },
      result.image
        ? el('img', { src: result.image, alt: '', loading: 'lazy', decoding: 'async', width: '480', height: '300' })
        : typeCover(result, kind?.label),
      el(
        'div',
        { class: 'body' },
        (kind || result.sample) &&
          el(
            'p',
            { class: 'meta' },
            kind && el('span', { class: `badge badge-${kind.id}` }, kind.label),
            result.sample && el('span', { class: 'badge badge-sample' }, SAMPLE_LABEL),
          ),
        el('h3', { class: 'title' }, el('a', { href: result.url }, result.title)),
        result.summary && el('p', { class: 'summary' }, result.summary),
        result.year && el('p', { class: 'year' }, `Năm ${result.year}`),
      ),
    ),
  );
}

/** The result cards, or a note when nothing matches. */
export function renderResults(container: HTMLElement, results: ResultData[], filtered: boolean): void {
  if (!results.length) {
    container.replaceChildren(
      el(
        'p',
        { class: 'empty' },
        filtered
          ? 'Không có kết quả nào khớp với tất cả các bộ lọc đã chọn. Hãy bỏ bớt một bộ lọc.'
          : 'Chưa có mục nào.',
      ),
    );
    return;
  }
  container.replaceChildren(el('ul', { class: 'grid', role: 'list' }, ...results.map(card)));
}

/** Numbered pages with previous and next, as real links (the page intercepts the clicks). */
export function renderPagination(nav: HTMLElement, state: SearchState, total: number, pageSize = PAGE_SIZE): void {
  renderPageLinks(nav, {
    current: state.page,
    last: lastPage(total, pageSize),
    href: (page) => location.pathname + writeState(withPage(state, page)),
  });
}

/** One button per active filter ("Bỏ lọc Loại: Mô hình"). */
export function renderChips(list: HTMLElement, state: SearchState): void {
  list.replaceChildren(
    ...chips(state).map((chip) =>
      el(
        'li',
        {},
        el(
          'button',
          { type: 'button', class: 'chip', 'data-remove-key': chip.key, 'data-remove-value': chip.value },
          el('span', { class: 'visually-hidden' }, `${ACTIONS.removeFilter} `),
          chip.label,
          el('span', { class: 'x', 'aria-hidden': 'true' }, '×'),
        ),
      ),
    ),
  );
}

/** The checkboxes as the state says. */
export function syncCheckboxes(root: HTMLElement, state: SearchState): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet-value]')) {
    box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  }
}

/** Each value's count; a value that would give nothing is dimmed (still usable). */
export function renderCounts(root: HTMLElement, counts: FilterCounts): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet-value]')) {
    const n = counts[box.name]?.[box.value] ?? 0;
    const item = box.closest('li');
    const out = item?.querySelector('[data-n]');
    if (out) out.textContent = formatNumber(n);
    item?.classList.toggle('zero', n === 0);
  }
}
