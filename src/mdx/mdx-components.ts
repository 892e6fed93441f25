import type { Element, ElementContent } from 'hast';
import { formatNumber } from '../lib/format.ts';

/**
 * The components an entry body may use, written as MDX tags and never
 * imported. Each is a tree transform: props in, plain HTML elements out, so
 * an entry renders to static HTML with no code of its own.
 */
export interface ComponentSpec {
  /** Props the component takes; `true` when required. */
  props: Record<string, { required: boolean; type: 'string' | 'number' }>;
  /** Whether it wraps text (<Quote>…</Quote>) or stands alone (<Stat … />). */
  children: boolean;
  /** Build the HTML for one use. */
  render(props: Record<string, string | number>, children: ElementContent[]): Element;
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const t = (value: string): ElementContent => ({ type: 'text', value });

export const components: Record<string, ComponentSpec> = {
  /** <Quote author="…" role="…" source="…">lời trích</Quote> */
  Quote: {
    props: {
      author: { required: true, type: 'string' },
      role: { required: false, type: 'string' },
      source: { required: false, type: 'string' },
    },
    children: true,
    render(props, children) {
      const cite: ElementContent[] = [h('span', { className: ['quote-author'] }, [t(String(props.author))])];
      if (props.role) cite.push(t(', '), h('span', { className: ['quote-role'] }, [t(String(props.role))]));
      if (props.source) cite.push(t(' — '), h('cite', {}, [t(String(props.source))]));
      const body = children.some((c) => c.type === 'element' && c.tagName === 'p') ? children : [h('p', {}, children)];
      return h('figure', { className: ['mdx-quote'] }, [h('blockquote', {}, body), h('figcaption', {}, cite)]);
    },
  },
  /** <Figure src="./anh.jpg" alt="…" caption="…" credit="Ảnh: …" /> */
  Figure: {
    props: {
      src: { required: true, type: 'string' },
      alt: { required: true, type: 'string' },
      caption: { required: false, type: 'string' },
      credit: { required: true, type: 'string' },
    },
    children: false,
    render(props) {
      const caption: ElementContent[] = [];
      if (props.caption) caption.push(t(String(props.caption)), t(' '));
      caption.push(h('span', { className: ['credit'] }, [t(String(props.credit))]));
      return h('figure', { className: ['mdx-figure'] }, [
        h('img', { src: String(props.src), alt: String(props.alt) }),
        h('figcaption', {}, caption),
      ]);
    },
  },
  /** <Stat value={147} label="mô hình" unit="…" /> */
  Stat: {
    props: {
      value: { required: true, type: 'number' },
      label: { required: true, type: 'string' },
      unit: { required: false, type: 'string' },
    },
    children: false,
    render(props) {
      const value = typeof props.value === 'number' ? formatNumber(props.value) : String(props.value);
      const number: ElementContent[] = [t(value)];
      if (props.unit) number.push(t(' '), h('span', { className: ['stat-unit'] }, [t(String(props.unit))]));
      return h('span', { className: ['mdx-stat'] }, [
        h('strong', { className: ['stat-value'] }, number),
        t(' '),
        h('span', { className: ['stat-label'] }, [t(String(props.label))]),
      ]);
    },
  },
};

/** Plain HTML tags an editor may write inline, with the attributes each may carry. */
export const inlineHtml: Record<string, readonly string[]> = {
  abbr: ['title'],
  sup: [],
  sub: [],
  br: [],
  mark: [],
  small: [],
  cite: [],
};
