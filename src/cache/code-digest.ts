/**
 * A digest of a module and every module it imports, followed through relative
 * imports: what a cache of that code's results must be keyed by. A file that
 * cannot be read stops the digest (a constant digest would trust stale results).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha1 } from './file-digest.ts';

/** The relative module specifiers of a TypeScript file (static imports, re-exports, side-effect imports). */
export function relativeImports(code: string): string[] {
  const found = new Set<string>();
  for (const re of [
    /\bfrom\s*['"](\.[^'"]+)['"]/g,
    /\bimport\s*['"](\.[^'"]+)['"]/g,
    /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g,
  ])
    for (const m of code.matchAll(re)) found.add(m[1]!);
  return [...found];
}

/** The digest of `entry` and its relative imports, each file named from `root`. */
export async function codeDigest(entry: string, root: string): Promise<string> {
  const seen = new Map<string, string>();
  const queue = [path.resolve(entry)];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const text = await readFile(file, 'utf8');
    seen.set(file, text);
    if (/\.(ts|mjs|js)$/.test(file))
      for (const spec of relativeImports(text)) queue.push(path.resolve(path.dirname(file), spec));
  }
  const parts = [...seen]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([file, text]) => [path.relative(root, file), text]);
  return sha1(parts.join('\0'));
}
