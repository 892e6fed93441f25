/** Reading the test site's build (test/support/site.ts builds it) for build tests. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteDist } from './site.ts';

export const dist = siteDist;

/** Every file under dist/, as paths relative to it with forward slashes. */
export function distFiles(dir = dist): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dist, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

/** The HTML pages under dist/, as site paths ("/ca-nhan/x/"). */
export function pagePaths(): string[] {
  return distFiles()
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
}

/** The HTML of a site path. */
export function html(sitePath: string): string {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return readFileSync(path.join(dist, file), 'utf8');
}

/** Whether a site path resolves to a file in dist/ (a page, an image, a stylesheet). */
export function exists(sitePath: string): boolean {
  const clean = decodeURI(sitePath.split(/[?#]/)[0]!);
  const file = path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A start tag as an HTML tokenizer reads it: its name, its attributes, and what a <script> holds. */
interface Tag {
  name: string;
  attrs: [string, string][];
  /** Where the tag starts in the page. */
  at: number;
  /** A script's text, up to its end tag. */
  body?: string;
}

/**
 * The start tags of a page, read the way a browser's tokenizer does: quoted
 * attribute values and comments are skipped as a whole (a "<script>" inside
 * an attribute is text), and a script's text runs to the first "</script".
 */
export function startTags(doc: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while ((i = doc.indexOf('<', i)) >= 0) {
    if (doc.startsWith('<!--', i)) {
      i = doc.indexOf('-->', i + 4) < 0 ? doc.length : doc.indexOf('-->', i + 4) + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(doc.slice(i, i + 64))?.[1]?.toLowerCase();
    if (!name) {
      i++;
      continue;
    }
    const tag: Tag = { name, attrs: [], at: i };
    let j = i + 1 + name.length;
    const space = (c: string | undefined) => c !== undefined && /\s/.test(c);
    for (;;) {
      while (space(doc[j]) || doc[j] === '/') j++;
      if (j >= doc.length || doc[j] === '>') break;
      let key = '';
      while (j < doc.length && !space(doc[j]) && doc[j] !== '=' && doc[j] !== '>') key += doc[j++];
      while (space(doc[j])) j++;
      let value = '';
      if (doc[j] === '=') {
        j++;
        while (space(doc[j])) j++;
        const quote = doc[j] === '"' || doc[j] === "'" ? doc[j++] : undefined;
        while (j < doc.length && (quote ? doc[j] !== quote : !space(doc[j]) && doc[j] !== '>')) value += doc[j++];
        if (quote) j++;
      }
      tag.attrs.push([key.toLowerCase(), value]);
    }
    i = j + 1;
    if (name === 'script') {
      const end = doc.toLowerCase().indexOf('</script', i);
      tag.body = doc.slice(i, end < 0 ? doc.length : end);
      i = end < 0 ? doc.length : end;
    }
    tags.push(tag);
  }
  return tags;
}

/**
 * Every script in a page that the build did not write, as its start tag and
 * the 80 characters before it: the build writes JSON-LD (valid JSON with no
 * "<" inside, so no text can end the element early) and the site's module
 * files, and never an event-handler attribute or a javascript: address. A
 * script smuggled in through content shows here.
 */
export function foreignScripts(doc: string): string[] {
  const found: string[] = [];
  for (const tag of startTags(doc)) {
    const attrs = Object.fromEntries(tag.attrs);
    const keys = tag.attrs.map(([k]) => k).join(' ');
    const ours =
      tag.name !== 'script'
        ? !tag.attrs.some(
            ([k, v]) => k.startsWith('on') || (/^(href|src|action)$/.test(k) && /^\s*javascript:/i.test(v)),
          )
        : (keys === 'type' && attrs.type === 'application/ld+json' && !tag.body!.includes('<') && isJson(tag.body!)) ||
          (keys === 'type src' &&
            attrs.type === 'module' &&
            /^\/_astro\/[\w.-]+\.js$/.test(attrs.src!) &&
            tag.body === '');
    if (!ours) found.push(doc.slice(Math.max(0, tag.at - 80), doc.indexOf('>', tag.at) + 1));
  }
  return found;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
