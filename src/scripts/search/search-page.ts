/**
 * <gs-search>: the search page's behaviour, on top of the HTML that
 * SearchPage.astro renders (which reads on its own without JavaScript).
 * The state lives in the URL: typing replaces the history entry, ticking a
 * filter, sorting or changing page adds one, and Back/Forward restore it.
 */
import { kinds } from '../../data/kinds.ts';
import { ACTIONS } from '../../data/labels.ts';
import { PAGE_SIZES } from '../../search/filters.ts';
import { countFacets, runSearch, type FacetCounts, type ResultData, type SearchOutcome } from './engine.ts';
import { normalizeQuery } from './query.ts';
import {
  hasFilters,
  parseState,
  serializeState,
  SORTS,
  toggleFilter,
  type FilterKey,
  type SearchState,
} from './state.ts';
import { renderPagination } from './pagination.ts';
import { excerptParts, FACETS, lastPage, orderValues, pageWindow, statusText, TYPING_DELAY_MS } from './view.ts';

/** Results per page. */
export const PAGE_SIZE = PAGE_SIZES.search;

const KIND_LABELS = kinds.map((k) => k.label);
const BASE_TITLE = document.title;

interface Option {
  li: HTMLLIElement;
  input: HTMLInputElement;
  count: HTMLElement;
}
interface Facet {
  details: HTMLDetailsElement;
  summaryNote: HTMLElement;
  list: HTMLUListElement;
  values: string[];
  options: Map<string, Option>;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'className' | 'textContent', string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.textContent) node.textContent = props.textContent;
  node.append(...children);
  return node;
}

function hiddenText(text: string): HTMLSpanElement {
  return el('span', { className: 'visually-hidden', textContent: text });
}

export class SearchPage extends HTMLElement {
  #state: SearchState = parseState('');
  #timer: ReturnType<typeof setTimeout> | undefined;
  #run = 0;
  #failed = false;
  #wired = false;
  #facets = new Map<FilterKey, Facet>();
  /** Facets the reader opened or closed; the others are open when something in them is ticked. */
  #toggled = new Map<FilterKey, boolean>();
  /**
   * Facet counts of the current query and filters, per key. Only open facets
   * are counted (each key's filter file is loaded when first needed); the
   * others are counted when the reader opens them.
   */
  #counted = new Map<FilterKey, Record<string, number>>();
  /** The query and filters #counted belongs to. */
  #countedFor = '';
  /** Keys being counted (by the latest search, or for an opened facet). */
  #pending = new Set<FilterKey>();
  /** Where focus goes once the next results are on the page. */
  #focusNext: (() => void) | undefined;

  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #heading!: HTMLElement;
  #facetBox!: HTMLElement;
  #active!: HTMLElement;
  #chips!: HTMLUListElement;
  #sort!: HTMLSelectElement;
  #list!: HTMLOListElement;
  #empty!: HTMLElement;
  #pages!: HTMLElement;

  #onPop = () => {
    this.#state = parseState(location.search);
    this.#input.value = this.#state.q;
    void this.#search();
  };

  connectedCallback() {
    window.addEventListener('popstate', this.#onPop);
    // Moved in the document: the listeners are in place, read the URL again.
    if (this.#wired) return this.#onPop();
    this.#wired = true;
    const $ = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.#input = $('[data-query]');
    this.#status = $('[data-status]');
    this.#heading = $('[data-heading]');
    this.#facetBox = $('[data-facets]');
    this.#active = $('[data-active]');
    this.#chips = $('[data-chips]');
    this.#sort = $('[data-sort]');
    this.#list = $('[data-results]');
    this.#empty = $('[data-empty]');
    this.#pages = $('[data-pages]');
    $<HTMLElement>('[data-no-js]').hidden = true;
    $<HTMLElement>('[data-app]').hidden = false;

    this.#state = parseState(location.search);
    this.#input.value = this.#state.q;

    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.toggleAttribute('data-busy', true);
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#typed();
      }, TYPING_DELAY_MS);
    });
    $<HTMLFormElement>('[data-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#typed();
    });
    this.#facetBox.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== 'checkbox') return;
      const key = input.name as FilterKey;
      this.#go(toggleFilter(this.#state, key, input.value, input.checked));
    });
    // A reader opening or closing a facet (a click, Enter or Space on its summary) is remembered.
    this.#facetBox.addEventListener('click', (event) => {
      const summary = (event.target as Element).closest('summary');
      const details = summary?.parentElement;
      if (details instanceof HTMLDetailsElement && details.dataset.key)
        this.#toggled.set(details.dataset.key as FilterKey, !details.open);
    });
    // An opened facet is counted then (toggle does not bubble: listen while capturing).
    this.#facetBox.addEventListener(
      'toggle',
      (event) => {
        const details = event.target;
        if (details instanceof HTMLDetailsElement && details.open && details.dataset.key)
          void this.#countFacet(details.dataset.key as FilterKey);
      },
      true,
    );
    this.#sort.addEventListener('change', () => {
      const sort = SORTS.find((s) => s === this.#sort.value) ?? 'lien-quan';
      const next: SearchState = { ...this.#state, sort, page: 1 };
      if (sort === 'ngau-nhien') next.seed = 1 + Math.floor(Math.random() * 2 ** 31);
      else delete next.seed;
      this.#go(next);
    });
    this.#chips.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
      if (!button) return;
      const index = [...this.#chips.querySelectorAll('button')].indexOf(button);
      this.#focusNext = () => {
        const chips = [...this.#chips.querySelectorAll('button')];
        (chips[index] ?? chips[index - 1] ?? this.#heading).focus();
      };
      this.#go(toggleFilter(this.#state, button.dataset.key as FilterKey, button.dataset.value!, false));
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-clear]'))
      button.addEventListener('click', () => {
        this.#focusNext = () => this.#heading.focus();
        this.#go({ ...this.#state, filters: {}, page: 1 });
      });
    this.#pages.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.#focusNext = () => this.#heading.focus();
      this.#go({ ...this.#state, page: Number(link.dataset.page) });
    });
    void this.#search();
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPop);
    clearTimeout(this.#timer);
  }

  /** The query box changed: search, replacing the history entry (one entry per search, not per keystroke). */
  #typed() {
    const q = this.#input.value.normalize('NFC');
    if (q === this.#state.q && !this.#failed) return this.#idle();
    this.#go({ ...this.#state, q, page: 1 }, 'replace');
  }

  /** Move to a new state: write it into the URL, then search. */
  #go(next: SearchState, mode: 'push' | 'replace' = 'push') {
    this.#state = next;
    const url = `${location.pathname}${serializeState(next)}`;
    if (mode === 'push' && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void this.#search();
  }

  /** No search waiting or running (tests and styles read data-busy; data-searches counts the searches shown). */
  #idle() {
    if (this.#timer === undefined) this.removeAttribute('data-busy');
  }

  async #search() {
    const run = ++this.#run;
    this.toggleAttribute('data-busy', true);
    this.#list.setAttribute('aria-busy', 'true');
    try {
      const state = this.#state;
      const countedFor = JSON.stringify([normalizeQuery(state.q), state.filters]);
      if (countedFor !== this.#countedFor) {
        this.#counted.clear();
        this.#countedFor = countedFor;
      }
      const keys = FACETS.map((f) => f.key).filter((key) => this.#isOpen(key) && !this.#counted.has(key));
      this.#pending = new Set(keys);
      const outcome = await runSearch(state, PAGE_SIZE, undefined, keys);
      if (run !== this.#run) return;
      const last = lastPage(outcome.total, PAGE_SIZE);
      if (this.#state.page > last) {
        this.#go({ ...this.#state, page: last }, 'replace');
        return;
      }
      this.#failed = false;
      // The results first; the facet counts follow (they need the filter index).
      this.#render(outcome);
      this.#list.removeAttribute('aria-busy');
      const focus = this.#focusNext;
      this.#focusNext = undefined;
      focus?.();
      this.#renderFacets();
      this.#facetBox.setAttribute('aria-busy', 'true');
      const counts = await outcome.counts;
      if (run !== this.#run) return;
      this.#keep(keys, counts);
      this.#renderFacets();
      this.#facetBox.removeAttribute('aria-busy');
      this.dataset.searches = String(Number(this.dataset.searches ?? 0) + 1);
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#failed = true;
      this.#status.textContent = 'Không tải được dữ liệu tìm kiếm. Xin tải lại trang, hoặc xem theo các mục bên dưới.';
      this.#empty.hidden = false;
    } finally {
      if (run === this.#run) {
        this.#list.removeAttribute('aria-busy');
        this.#facetBox.removeAttribute('aria-busy');
        this.#idle();
      }
    }
  }

  /** The results of a search: status, heading, sort, chips, list and pages (the facets come with the counts). */
  #render(outcome: SearchOutcome) {
    const state = this.#state;
    const last = lastPage(outcome.total, PAGE_SIZE);
    const q = normalizeQuery(state.q);
    this.#status.textContent = statusText(outcome.total, q);
    this.#heading.textContent = last > 1 ? `Kết quả, trang ${state.page}/${last}` : 'Kết quả';
    document.title = q ? `“${q}” — ${BASE_TITLE}` : BASE_TITLE;
    // Without a query there is nothing to be relevant to: the list is newest first (engine.ts).
    const relevance = this.#sort.querySelector<HTMLOptionElement>('option[value="lien-quan"]')!;
    relevance.disabled = !q;
    this.#sort.value = !q && state.sort === 'lien-quan' ? 'moi-nhat' : state.sort;
    this.#renderChips();
    for (const [key, facet] of this.#facets)
      for (const [value, option] of facet.options)
        option.input.checked = this.#state.filters[key]?.includes(value) ?? false;
    this.#list.replaceChildren(...outcome.results.map((r) => this.#result(r)));
    this.#empty.hidden = outcome.total > 0;
    for (const hint of this.#empty.querySelectorAll<HTMLElement>('[data-if-filters]')) hint.hidden = !hasFilters(state);
    this.#renderPages(last);
  }

  #result(r: ResultData): HTMLLIElement {
    const template = this.querySelector<HTMLTemplateElement>('template[data-result]')!;
    const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const img = li.querySelector('img')!;
    if (r.image) img.src = r.image;
    else img.remove();
    const badge = this.querySelector<HTMLTemplateElement>(`template[data-badge="${CSS.escape(r.kind)}"]`);
    const kind = li.querySelector<HTMLElement>('[data-kind]')!;
    if (badge) kind.append(badge.content.cloneNode(true));
    const sample = this.querySelector<HTMLTemplateElement>('template[data-badge="sample"]');
    if (r.sample && sample) kind.append(' ', sample.content.cloneNode(true));
    if (!kind.hasChildNodes()) kind.remove();
    const link = li.querySelector('a')!;
    link.href = r.url;
    link.textContent = r.title;
    li.querySelector('[data-summary]')!.textContent = r.summary;
    const excerpt = li.querySelector<HTMLElement>('[data-excerpt]')!;
    const parts = excerptParts(r.excerpt);
    if (parts.length) {
      excerpt.append('… ');
      for (const part of parts) excerpt.append(part.mark ? el('mark', { textContent: part.text }) : part.text);
      excerpt.append(' …');
    } else excerpt.remove();
    return li;
  }

  /** Whether a facet is open: as the reader left it, else "Loại" and those with something ticked. */
  #isOpen(key: FilterKey): boolean {
    return this.#toggled.get(key) ?? (key === 'kind' || (this.#state.filters[key]?.length ?? 0) > 0);
  }

  #keep(keys: readonly FilterKey[], counts: FacetCounts) {
    for (const key of keys) {
      this.#counted.set(key, counts.filters[key] ?? {});
      this.#pending.delete(key);
    }
  }

  /** Count a facet the reader opened, if the current search has not counted it yet. */
  async #countFacet(key: FilterKey) {
    if (this.#counted.has(key) || this.#pending.has(key) || this.#failed) return;
    const countedFor = this.#countedFor;
    this.#pending.add(key);
    const facet = this.#facets.get(key);
    facet?.list.setAttribute('aria-busy', 'true');
    this.toggleAttribute('data-busy', true);
    try {
      const counts = await countFacets(this.#state, [key]);
      if (countedFor !== this.#countedFor) return;
      this.#pending.delete(key);
      this.#keep([key], counts);
      this.#renderFacets();
    } catch (error) {
      console.error(error);
    } finally {
      facet?.list.removeAttribute('aria-busy');
      if (!this.#list.hasAttribute('aria-busy')) this.#idle();
    }
  }

  /** Every facet: its values with their counts when counted; an uncounted one is emptied (it counts when opened). */
  #renderFacets() {
    for (const { key, label } of FACETS) {
      const selected = this.#state.filters[key] ?? [];
      let facet = this.#facets.get(key);
      if (!facet) {
        facet = this.#facet(key, label);
        this.#facets.set(key, facet);
        this.#facetBox.append(facet.details);
      }
      facet.summaryNote.textContent = selected.length ? ` (${selected.length} đã chọn)` : '';
      const open = this.#isOpen(key);
      const counted = this.#counted.get(key);
      if (!counted) {
        // Stale values stay in an open facet until its new counts come; a closed one is emptied.
        if (!open && facet.values.length) this.#fillFacet(facet, key, []);
        facet.details.hidden = false;
        if (facet.details.open !== open) facet.details.open = open;
        continue;
      }
      const values = orderValues(key, [...Object.keys(counted), ...selected], KIND_LABELS);
      if (values.join('\n') !== facet.values.join('\n')) this.#fillFacet(facet, key, values);
      let shown = 0;
      for (const [value, option] of facet.options) {
        const n = counted[value] ?? 0;
        option.input.checked = selected.includes(value);
        option.count.replaceChildren(hiddenText(', '), String(n), hiddenText(' kết quả'));
        option.li.hidden = n === 0 && !option.input.checked;
        option.li.classList.toggle('none', n === 0);
        if (!option.li.hidden) shown++;
      }
      facet.details.hidden = shown === 0;
      if (facet.details.open !== open) facet.details.open = open;
    }
  }

  #facet(key: FilterKey, label: string): Facet {
    const summaryNote = el('span', { className: 'facet-note' });
    const list = el('ul', { className: 'facet-values' });
    const legend = el('legend', { className: 'visually-hidden', textContent: label });
    const details = el(
      'details',
      { className: 'facet' },
      el('summary', {}, label, summaryNote),
      el('fieldset', {}, legend, list),
    );
    details.dataset.key = key;
    return { details, summaryNote, list, values: [], options: new Map() };
  }

  #fillFacet(facet: Facet, key: FilterKey, values: string[]) {
    const focused = document.activeElement;
    const refocus = focused instanceof HTMLInputElement && facet.list.contains(focused) ? focused.value : undefined;
    facet.options.clear();
    facet.list.replaceChildren(
      ...values.map((value) => {
        const input = el('input');
        input.type = 'checkbox';
        input.name = key;
        input.value = value;
        const count = el('span', { className: 'n' });
        const li = el('li', {}, el('label', {}, input, el('span', { className: 'value', textContent: value }), count));
        facet.options.set(value, { li, input, count });
        return li;
      }),
    );
    facet.values = values;
    if (refocus !== undefined) facet.options.get(refocus)?.input.focus();
  }

  #renderChips() {
    const chips = FACETS.flatMap(({ key, label }) =>
      (this.#state.filters[key] ?? []).map((value) => {
        const button = el(
          'button',
          { className: 'chip' },
          hiddenText(`${ACTIONS.removeFilter} `),
          el('span', { className: 'chip-key', textContent: `${label}:` }),
          ` ${value} `,
          el('span', { className: 'chip-x', textContent: '✕' }),
        );
        button.type = 'button';
        button.dataset.key = key;
        button.dataset.value = value;
        button.querySelector('.chip-x')!.setAttribute('aria-hidden', 'true');
        return el('li', {}, button);
      }),
    );
    this.#chips.replaceChildren(...chips);
    this.#active.hidden = chips.length === 0;
  }

  #renderPages(last: number) {
    renderPagination(this.#pages, {
      current: this.#state.page,
      last,
      href: (page) => `${location.pathname}${serializeState({ ...this.#state, page })}`,
      pages: pageWindow(this.#state.page, last),
      label: 'hidden-text',
    });
  }
}

customElements.define('gs-search', SearchPage);

declare global {
  interface HTMLElementTagNameMap {
    'gs-search': SearchPage;
  }
}
