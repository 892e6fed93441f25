/** Reading the built site in dist/ for build tests. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from './site.ts';

export const dist = path.join(root, 'dist');

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
