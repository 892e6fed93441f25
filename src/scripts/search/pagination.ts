/**
 * Numbered pages with previous and next, built with DOM calls for the search
 * page (/tim-kiem/) and the browse page (/kham-pha/). The links are real
 * links (`href` plus `data-page`); each page intercepts the clicks.
 */

export interface PageLinks {
  current: number;
  last: number;
  /** The address of a page. */
  href: (page: number) => string;
  /** The pages to list, null for a gap ("…"); every page by default. */
  pages?: readonly (number | null)[];
  /**
   * How a numbered link says "Trang N": an aria-label on the link, or the
   * word "Trang" in visually hidden text before the number.
   */
  label?: 'aria-label' | 'hidden-text';
}

function link(page: number, href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = document.createElement('a');
  a.setAttribute('href', href);
  a.dataset.page = String(page);
  a.append(...children);
  return a;
}

/** Fill (or empty and hide, for one page) a pagination <nav>. */
export function renderPagination(nav: HTMLElement, options: PageLinks): void {
  const { current, last, href, label = 'aria-label' } = options;
  nav.hidden = last <= 1;
  if (last <= 1) {
    nav.replaceChildren();
    return;
  }
  const pages = options.pages ?? Array.from({ length: last }, (_, i) => i + 1);
  const items = pages.map((page) => {
    const li = document.createElement('li');
    if (page === null) {
      const gap = document.createElement('span');
      gap.className = 'gap';
      gap.textContent = '…';
      li.append(gap);
      return li;
    }
    let a: HTMLAnchorElement;
    if (label === 'hidden-text') {
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = 'Trang ';
      a = link(page, href(page), hidden, String(page));
    } else {
      a = link(page, href(page), String(page));
      a.setAttribute('aria-label', `Trang ${page}`);
    }
    if (page === current) a.setAttribute('aria-current', 'page');
    li.append(a);
    return li;
  });
  const prev = current > 1 ? link(current - 1, href(current - 1), '← Trang trước') : document.createElement('span');
  if (current > 1) prev.setAttribute('rel', 'prev');
  const next = current < last ? link(current + 1, href(current + 1), 'Trang sau →') : document.createElement('span');
  if (current < last) next.setAttribute('rel', 'next');
  const ol = document.createElement('ol');
  ol.append(...items);
  nav.replaceChildren(prev, ol, next);
}
