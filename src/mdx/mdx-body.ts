import type { Element, ElementContent, Root, RootContent } from 'hast';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { mdxToHast } from 'satteri';
import { LOCAL_IMAGE } from '../images/image-limits.ts';
import { MAX_BODY_DEPTH } from '../lib/limits.ts';
import type { Picture } from '../images/pictures.ts';
import type { Problem } from '../lib/problems.ts';
import { slug } from '../lib/slug.ts';
import { components, inlineHtml } from './mdx-components.ts';

/** One use of a local image in the body: its name ("./anh.jpg"), its line, and its <img> in the tree. */
export interface BodyImage {
  src: string;
  line?: number;
  element: Element;
}

/** An entry body turned into an HTML tree, or the reasons it could not be. */
export interface CompiledBody {
  /** The story as HTML elements; each local image is an <img> without a source until renderBody(). */
  tree: Root;
  /** Each use of a local image in the body. */
  images: BodyImage[];
  /** h2/h3 headings with their ids. */
  headings: { depth: number; slug: string; text: string }[];
  /** Breaches of the MDX contract and syntax errors, with lines. */
  problems: Problem[];
}

type Position = { start: { line: number; column: number } };
type AnyNode = {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: string;
  position?: Position;
  attributes?: { type: string; name?: string; value?: unknown }[];
  properties?: Record<string, unknown>;
  children?: AnyNode[];
};

const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;
const URL_PROPS = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite'];
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

/** A literal value in `prop={…}`: a number, true/false, or a quoted string. Anything else is code. */
function literal(source: string): string | number | boolean | undefined {
  const s = source.trim();
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s === 'true' || s === 'false') return s === 'true';
  const m = /^(["'])((?:(?!\1)[^\\\n])*)\1$/.exec(s);
  return m ? m[2] : undefined;
}

/**
 * Parse an entry body with satteri, check it against the MDX contract
 * (CONTRIBUTING.md, "Viết câu chuyện"), and render the provided components to plain HTML. Nothing in
 * the body is ever evaluated.
 */
export function compileBody(source: string, file: string): CompiledBody {
  const problems: Problem[] = [];
  const report = (node: AnyNode | undefined, message: string, fix: string) =>
    problems.push({
      file,
      line: node?.position?.start.line,
      column: node?.position?.start.column,
      field: 'nội dung',
      message,
      fix,
    });

  const empty = (): CompiledBody => ({ tree: { type: 'root', children: [] }, images: [], headings: [], problems });
  const tooDeep = (line?: number) =>
    problems.push({
      file,
      line,
      column: line ? 1 : undefined,
      field: 'nội dung',
      message: `Nội dung lồng nhau quá sâu (hơn ${MAX_BODY_DEPTH} tầng trích dẫn >, danh sách hoặc thẻ lồng trong nhau).`,
      fix: 'Viết lại đoạn này thành các đoạn văn và danh sách bình thường, mỗi thứ chỉ lồng vài tầng.',
    });

  let tree: Root;
  try {
    tree = mdxToHast(source) as Root;
  } catch (error) {
    // The parser recurses: thousands of nested quotes or tags exhaust the stack before any rule can look.
    if (error instanceof RangeError) {
      tooDeep();
      return empty();
    }
    const text = String((error as Error).message ?? error);
    const m = /^(\d+):(\d+):\s*(.*?)(?:\s*\(\d+:\d+\))?(?:\s*\([\w:-]+\))?$/s.exec(text);
    problems.push({
      file,
      line: m ? Number(m[1]) : undefined,
      column: m ? Number(m[2]) : undefined,
      field: 'nội dung',
      message: `Lỗi cú pháp MDX: ${syntaxMessage(m ? m[3]! : text)}`,
      fix: 'Kiểm tra thẻ <…> ở dòng này: mỗi thẻ mở phải có thẻ đóng (hoặc tự đóng bằng />), và không dùng dấu { } trong văn bản.',
    });
    return empty();
  }
  const deep = deepest(tree as unknown as AnyNode);
  if (deep) {
    // Everything after this (our checks, HTML, Astro's page) walks the tree recursively too.
    tooDeep(deep.line);
    return empty();
  }

  const images: BodyImage[] = [];
  const headings: CompiledBody['headings'] = [];
  // Heading ids: our ASCII slug of the text, made unique the way GitHub does it (x, x-1, x-2).
  const slugger = new GithubSlugger();

  const checkUrl = (node: AnyNode, name: string, value: unknown) => {
    if (typeof value === 'string' && UNSAFE_URL.test(value)) {
      report(
        node,
        `Địa chỉ "${value.slice(0, 40)}" trong ${name} không được phép (javascript:, data:).`,
        'Chỉ dùng liên kết https://… hoặc ảnh nằm cạnh index.mdx.',
      );
      return false;
    }
    return true;
  };

  const localImage = (node: AnyNode, src: string, alt: string): Element | undefined => {
    if (/^[a-z]+:\/\//i.test(src) || src.startsWith('//')) {
      report(node, `Ảnh "${src}" nằm ở trang web khác.`, 'Tải ảnh về, đặt cạnh index.mdx và viết ./ten-anh.jpg.');
      return undefined;
    }
    // The same rule as cover and gallery: a file beside index.mdx, never a path out of the entry's folder.
    if (!LOCAL_IMAGE.test(src)) {
      const base = path.posix.basename(src.replace(/\\/g, '/'));
      report(
        node,
        `Ảnh "${src.slice(0, 80)}" phải nằm cạnh index.mdx và viết dạng ./ten-anh.jpg (jpg, png, webp hoặc avif).`,
        LOCAL_IMAGE.test(`./${base}`)
          ? `Đặt tệp ${base} vào thư mục của bài (cạnh index.mdx) rồi viết ./${base}.`
          : 'Đặt tệp ảnh JPEG, PNG, WebP hoặc AVIF vào thư mục của bài rồi viết ./ten-anh.jpg.',
      );
      return undefined;
    }
    const element: Element = {
      type: 'element',
      tagName: 'img',
      properties: { alt, loading: 'lazy', decoding: 'async' },
      children: [],
    };
    images.push({ src, line: node.position?.start.line, element });
    return element;
  };

  const visit = (nodes: AnyNode[] | undefined): ElementContent[] => {
    const out: ElementContent[] = [];
    for (const node of nodes ?? []) {
      const replaced = transform(node);
      if (Array.isArray(replaced)) out.push(...replaced);
      else if (replaced) out.push(replaced);
    }
    return out;
  };

  const transform = (node: AnyNode): ElementContent | ElementContent[] | undefined => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          'Không được dùng import hoặc export trong bài.',
          'Xóa dòng này: các thành phần <Quote>, <Figure>, <Stat> đã có sẵn, không cần import.',
        );
        return undefined;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (COMMENT.test(node.value ?? '')) return undefined;
        report(
          node,
          `Không được dùng biểu thức {${(node.value ?? '').slice(0, 30)}} trong bài.`,
          'Viết chữ bình thường; nếu cần dấu { hãy viết \\{.',
        );
        return undefined;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return jsx(node);
      case 'element': {
        const el = node as unknown as Element & AnyNode;
        for (const name of URL_PROPS)
          if (name in (el.properties ?? {}) && !checkUrl(node, name, el.properties[name])) return undefined;
        if (el.tagName === 'img')
          return localImage(node, String(el.properties.src ?? ''), String(el.properties.alt ?? ''));
        const children = visit(node.children);
        if (/^h[23]$/.test(el.tagName)) {
          const text = toString({ type: 'root', children });
          const id = slugger.slug(slug(text) || 'muc');
          headings.push({ depth: Number(el.tagName[1]), slug: id, text });
          return { type: 'element', tagName: el.tagName, properties: { ...el.properties, id }, children };
        }
        if (el.tagName === 'a' && /^https?:\/\//.test(String(el.properties.href ?? ''))) {
          return { type: 'element', tagName: 'a', properties: { ...el.properties, rel: ['noopener'] }, children };
        }
        return { ...el, children };
      }
      case 'raw':
        report(node, 'Không được chèn mã HTML thô.', 'Dùng cú pháp Markdown hoặc các thành phần có sẵn.');
        return undefined;
      default:
        return node as unknown as ElementContent;
    }
  };

  const jsx = (node: AnyNode): ElementContent | ElementContent[] | undefined => {
    const name = node.name;
    if (!name) {
      report(node, 'Không được dùng thẻ rỗng <>…</>.', 'Xóa thẻ <> và </>, giữ lại phần chữ bên trong.');
      return undefined;
    }
    const lower = name.toLowerCase();
    if (lower === 'script' || lower === 'style' || lower === 'iframe' || lower === 'object' || lower === 'embed') {
      report(
        node,
        `Không được dùng thẻ <${name}> trong bài.`,
        'Xóa thẻ này; bài viết chỉ gồm chữ, ảnh và các thành phần <Quote>, <Figure>, <Stat>.',
      );
      return undefined;
    }
    const spec = components[name];
    const allowedAttrs = spec ? Object.keys(spec.props) : inlineHtml[name];
    if (!allowedAttrs) {
      report(
        node,
        `Thành phần <${name}> không có trong danh sách được dùng.`,
        'Chỉ dùng <Quote>, <Figure>, <Stat> (viết hoa chữ đầu đúng như vậy).',
      );
      return undefined;
    }
    const props: Record<string, string | number> = {};
    let ok = true;
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        report(node, `Thẻ <${name}> dùng {…} để truyền thuộc tính.`, 'Viết từng thuộc tính dạng ten="giá trị".');
        ok = false;
        continue;
      }
      if (/^on/i.test(attr.name)) {
        report(
          node,
          `Thuộc tính ${attr.name} (mã chạy khi tương tác) không được phép.`,
          `Xóa ${attr.name}=… khỏi thẻ <${name}>.`,
        );
        ok = false;
        continue;
      }
      if (!allowedAttrs.includes(attr.name)) {
        report(
          node,
          `Thẻ <${name}> không có thuộc tính "${attr.name}".`,
          allowedAttrs.length ? `Chỉ dùng: ${allowedAttrs.join(', ')}.` : 'Xóa thuộc tính này.',
        );
        ok = false;
        continue;
      }
      let value: unknown = attr.value;
      if (value && typeof value === 'object') {
        value = literal(String((value as { value?: string }).value ?? ''));
        if (value === undefined || typeof value === 'boolean') {
          report(
            node,
            `Thuộc tính ${attr.name} của <${name}> chứa mã {…}, chỉ được là chữ hoặc số.`,
            `Viết ${attr.name}="…" hoặc ${attr.name}={123}.`,
          );
          ok = false;
          continue;
        }
      }
      if (value === null || value === undefined) value = '';
      if (!checkUrl(node, attr.name, value)) {
        ok = false;
        continue;
      }
      props[attr.name] = value as string | number;
    }
    if (!spec) {
      if (!ok) return undefined;
      const properties: Record<string, string> = {};
      for (const [k, v] of Object.entries(props)) properties[k] = String(v);
      return { type: 'element', tagName: name, properties, children: visit(node.children) };
    }
    for (const [prop, rule] of Object.entries(spec.props)) {
      const written = node.attributes?.some((a) => a.name === prop);
      if (rule.required && !written) {
        report(node, `Thẻ <${name}> thiếu thuộc tính ${prop}.`, `Thêm ${prop}="…" vào thẻ <${name}>.`);
        ok = false;
      } else if (rule.required && props[prop] === '') {
        report(node, `Thuộc tính ${prop} của <${name}> đang để trống.`, `Viết nội dung cho ${prop}="…".`);
        ok = false;
      } else if (rule.type === 'number' && props[prop] !== undefined && typeof props[prop] !== 'number') {
        report(
          node,
          `Thuộc tính ${prop} của <${name}> phải là số.`,
          `Viết ${prop}={123} (số, không có dấu ngoặc kép).`,
        );
        ok = false;
      }
    }
    const children = visit(node.children);
    if (!spec.children && children.some((c) => c.type !== 'text' || c.value.trim())) {
      report(node, `Thẻ <${name}> không chứa nội dung bên trong.`, `Viết dạng tự đóng: <${name} … />.`);
      ok = false;
    }
    if (!ok) return undefined;
    const element = spec.render(props, children);
    if (name === 'Figure') {
      const img = localImage(node, String(props.src), String(props.alt));
      if (!img) return undefined;
      element.children[0] = img;
    }
    return element;
  };

  const written = (tree as unknown as AnyNode).children ?? [];
  const children = visit(written);
  const isContent = (c: AnyNode) =>
    c.type === 'text' ? !!(c.value ?? '').trim() : !(/Expression$/.test(c.type) && COMMENT.test(c.value ?? ''));
  if (!written.some(isContent)) {
    problems.push({
      file,
      field: 'nội dung',
      message: 'Bài viết chưa có nội dung.',
      fix: 'Viết câu chuyện bên dưới dòng --- thứ hai.',
    });
  }
  return {
    tree: { type: 'root', children: problems.length ? [] : (children as RootContent[]) },
    images,
    headings,
    problems,
  };
}

/**
 * The body's HTML, each local image given its files (src/images/pictures.ts) by
 * `picture`, from the name written in the body ("./anh.jpg").
 */
export function renderBody(body: CompiledBody, picture: (src: string) => Picture): string {
  for (const { src, element } of body.images) {
    const p = picture(src);
    Object.assign(element.properties, {
      src: p.src,
      srcSet: p.srcset,
      sizes: p.sizes,
      width: p.width,
      height: p.height,
    });
  }
  return toHtml(body.tree);
}

/** The MDX parser's English messages, in Vietnamese for editors. */
const syntaxMessages: [RegExp, (...m: string[]) => string][] = [
  [/^Expected a closing tag for `<([^>`]+)>`/, (_, tag) => `thẻ <${tag}> chưa có thẻ đóng </${tag}>.`],
  [
    /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]+)>`/,
    (_, close, open) => `thẻ đóng </${close}> không khớp với thẻ mở <${open}>.`,
  ],
  [
    /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/,
    (_, tag) => `thẻ đóng </${tag}> không có thẻ mở tương ứng.`,
  ],
  [
    /^Unexpected character after `<`/,
    () =>
      'sau dấu < không phải là một thẻ hợp lệ (muốn viết dấu < trong chữ, hãy viết \\<; muốn tạo liên kết, dùng [chữ](địa chỉ)).',
  ],
  [
    /^Unexpected end of file in expression/,
    () => 'dấu { chưa có dấu } đóng (muốn viết dấu { trong chữ, hãy viết \\{).',
  ],
  [/^Unexpected end of file/, () => 'bài kết thúc khi một thẻ hoặc thuộc tính còn đang viết dở.'],
  [
    /^Unexpected character/,
    () => 'có ký tự không đúng chỗ trong một thẻ hoặc thuộc tính (kiểm tra dấu ngoặc kép và dấu =).',
  ],
];

function syntaxMessage(english: string): string {
  for (const [re, say] of syntaxMessages) {
    const m = re.exec(english);
    if (m) return say(...m);
  }
  return `không đọc được đoạn này (${english}).`;
}

/** The first node nested deeper than MAX_BODY_DEPTH (with the nearest line known), found without recursion. */
function deepest(root: AnyNode): { line: number | undefined } | undefined {
  const stack: [AnyNode, number, number | undefined][] = [[root, 0, undefined]];
  while (stack.length) {
    const [node, depth, above] = stack.pop()!;
    const line = node.position?.start.line ?? above;
    if (depth > MAX_BODY_DEPTH) return { line };
    for (const child of node.children ?? []) stack.push([child, depth + 1, line]);
  }
  return undefined;
}
