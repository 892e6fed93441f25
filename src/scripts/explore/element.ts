/**
 * <gs-explore>: the faceted browse of /kham-pha/. The server renders the
 * facet checkboxes, the sort menu and, for readers without JavaScript, links
 * to the static taxonomy pages; this element swaps the links for the
 * browser, keeps its state in the URL (pushState on every change, popstate
 * restores) and shows each browse from the Pagefind index.
 */
import { runSearch } from '../search/engine.ts';
import { hasFilters, toggleFilter, type FilterKey, type SearchState, type Sort } from '../search/state.ts';
import { lastPage } from '../search/view.ts';
import { clearFilters, PAGE_SIZE, readState, withPage, withSort, writeState } from './facets.ts';
import { countText, renderChips, renderCounts, renderPagination, renderResults, syncCheckboxes } from './render.ts';

type History = 'push' | 'replace' | 'none';

class GsExplore extends HTMLElement {
  #state!: SearchState;
  #run = 0;

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    const node = this.querySelector<T>(`[data-explore-${name}]`);
    if (!node) throw new Error(`<gs-explore>: thiếu [data-explore-${name}]`);
    return node;
  }

  connectedCallback() {
    this.#part('fallback').hidden = true;
    this.#part('browser').hidden = false;
    this.addEventListener('change', this.#onChange);
    this.addEventListener('click', this.#onClick);
    window.addEventListener('popstate', this.#onPopState);
    this.#go(readState(location.search), 'replace');
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPopState);
  }

  #onPopState = () => {
    this.#go(readState(location.search), 'replace');
  };

  #onChange = (event: Event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.matches('[data-facet-value]')) {
      this.#go(toggleFilter(this.#state, target.name as FilterKey, target.value, target.checked), 'push');
    } else if (target instanceof HTMLSelectElement && target.matches('[data-explore-sort]')) {
      this.#go(withSort(this.#state, target.value as Sort), 'push');
    }
  };

  #onClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button, a[data-page]');
    if (!target || !this.contains(target)) return;
    if (target.matches('a[data-page]')) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.#go(withPage(this.#state, Number(target.dataset.page)), 'push');
      this.#focusResults(true);
    } else if (target.matches('[data-remove-key]')) {
      const chips = [...this.#part('chips').querySelectorAll('button')];
      const index = chips.indexOf(target as HTMLButtonElement);
      this.#go(
        toggleFilter(this.#state, target.dataset.removeKey as FilterKey, target.dataset.removeValue!, false),
        'push',
      );
      const rest = [...this.#part('chips').querySelectorAll('button')];
      const next = rest[Math.min(index, rest.length - 1)];
      if (next) next.focus();
      else this.#focusFilters();
    } else if (target.matches('[data-explore-clear]')) {
      this.#go(clearFilters(this.#state), 'push');
      this.#focusFilters();
    } else if (target.matches('[data-explore-reshuffle]')) {
      this.#go(withSort(this.#state, 'ngau-nhien'), 'push');
    } else if (target.matches('[data-more]')) {
      const group = target.closest('fieldset')!;
      const open = target.getAttribute('aria-expanded') !== 'true';
      group.classList.toggle('expanded', open);
      target.setAttribute('aria-expanded', String(open));
      target.textContent = open ? 'Thu gọn' : (target.dataset.moreLabel ?? 'Hiện thêm');
    } else if (target.matches('[data-explore-toggle]')) {
      const open = target.getAttribute('aria-expanded') !== 'true';
      this.#part('filters').classList.toggle('open', open);
      target.setAttribute('aria-expanded', String(open));
    }
  };

  #focusFilters() {
    this.#part('filters-heading').focus();
  }

  #focusResults(scroll: boolean) {
    const heading = this.#part('results-heading');
    heading.focus({ preventScroll: !scroll });
    if (scroll) heading.scrollIntoView({ block: 'start' });
  }

  /** Make a state current: the URL, the controls at once, then the results. */
  #go(state: SearchState, history: History) {
    this.#state = state;
    const url = location.pathname + writeState(state) + location.hash;
    const here = location.pathname + location.search + location.hash;
    if (history === 'push' && url !== here) window.history.pushState(null, '', url);
    else if (history !== 'none' && url !== here) window.history.replaceState(null, '', url);

    syncCheckboxes(this, state);
    const sort = this.#part<HTMLSelectElement>('sort');
    sort.value = state.sort;
    this.#part('reshuffle').hidden = state.sort !== 'ngau-nhien';
    renderChips(this.#part('chips'), state);
    this.#part('active').hidden = !hasFilters(state);
    void this.#refresh(state);
  }

  async #refresh(state: SearchState) {
    const run = ++this.#run;
    const results = this.#part('results');
    results.setAttribute('aria-busy', 'true');
    this.dataset.state = 'loading';
    try {
      // The results first, then the facet counts ("or" within a facet, "and" across facets).
      const outcome = await runSearch({ ...state, q: '' }, PAGE_SIZE);
      if (run !== this.#run) return;
      const last = lastPage(outcome.total, PAGE_SIZE);
      if (state.page > last) {
        this.#go(withPage(state, last), 'replace');
        return;
      }
      renderResults(results, outcome.results, hasFilters(state));
      renderPagination(this.#part('pagination'), state, outcome.total);
      this.#part('count').textContent = countText(outcome.total);
      this.#part('error').hidden = true;
      results.setAttribute('aria-busy', 'false');
      const counts = await outcome.counts;
      if (run !== this.#run) return;
      renderCounts(this, counts.filters);
      this.dataset.state = 'ready';
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#part('count').textContent = '';
      this.#part('error').hidden = false;
      this.#part('fallback').hidden = false;
      this.dataset.state = 'error';
    } finally {
      if (run === this.#run) results.setAttribute('aria-busy', 'false');
    }
  }
}

if (!customElements.get('gs-explore')) customElements.define('gs-explore', GsExplore);
