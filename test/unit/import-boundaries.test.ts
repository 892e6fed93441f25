/**
 * The direction of imports (ARCHITECTURE.md): build code never imports browser
 * code (src/scripts), browser code never reaches Node or Astro's build modules,
 * and the site never imports the tools in scripts/. Shared constants live in
 * neutral modules (src/search, src/data) that both sides import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');
const BROWSER = path.join(SRC, 'scripts') + path.sep;

/** The module specifiers a piece of code imports (static, re-exports, side effects, dynamic). */
export function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

/** An .astro file's build part (frontmatter) and browser parts (<script> blocks that are code). */
export function astroParts(text: string): { build: string; browser: string[] } {
  const fm = /^---\n([\s\S]*?)\n---/.exec(text);
  const browser = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/ld\+json"/.test(m[1]!) && !/set:html/.test(m[1]!))
    .map((m) => m[2]!);
  return { build: fm?.[1] ?? '', browser };
}

interface Code {
  file: string;
  side: 'build' | 'browser';
  code: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|astro|mdx)$/.test(f))
    .map((f) => path.join(dir, f));
}

/** Every piece of code under src/, with the side it runs on. */
function sources(): Code[] {
  const out: Code[] = [];
  for (const file of walk(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.astro')) {
      const parts = astroParts(text);
      out.push({ file, side: 'build', code: parts.build });
      for (const code of parts.browser) out.push({ file, side: 'browser', code });
    } else if (file.endsWith('.mdx')) {
      out.push({
        file,
        side: 'build',
        code: text
          .split('\n')
          .filter((l) => l.startsWith('import '))
          .join('\n'),
      });
    } else out.push({ file, side: file.startsWith(BROWSER) ? 'browser' : 'build', code: text });
  }
  return out;
}

const resolve = (from: string, spec: string) => (spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : spec);

/** Modules reachable from browser code, by following relative imports. */
function browserModules(all: Code[]): Map<string, string> {
  const reached = new Map<string, string>();
  const queue = all.filter((c) => c.side === 'browser').map((c) => ({ code: c.code, file: c.file, via: c.file }));
  while (queue.length) {
    const { code, file, via } = queue.shift()!;
    for (const spec of specifiers(code)) {
      const target = resolve(file, spec);
      if (!target.startsWith(SRC) || reached.has(target)) continue;
      reached.set(target, via);
      queue.push({ code: readFileSync(target, 'utf8'), file: target, via });
    }
  }
  return reached;
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

describe('import boundaries', () => {
  const all = sources();

  it('reads the code it checks', () => {
    expect(all.filter((c) => c.side === 'browser').length).toBeGreaterThan(5);
    expect(all.filter((c) => c.side === 'build').length).toBeGreaterThan(50);
  });

  it('finds imports of every form (the detector itself)', () => {
    const code = [
      "import a from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from './c.ts';",
      "import './d.css';",
      "const e = await import('./e.ts');",
      "import {\n  f,\n  g,\n} from './fg.ts';",
    ].join('\n');
    expect(specifiers(code).sort()).toEqual(['../b.ts', './a.ts', './c.ts', './d.css', './e.ts', './fg.ts']);
    const parts = astroParts("---\nimport X from './x.ts';\n---\n<script>import './y.ts';</script>");
    expect(parts).toEqual({ build: "import X from './x.ts';", browser: ["import './y.ts';"] });
  });

  it('build code never imports browser code (src/scripts)', () => {
    const wrong = all
      .filter((c) => c.side === 'build')
      .flatMap((c) =>
        specifiers(c.code)
          .filter((s) => resolve(c.file, s).startsWith(BROWSER))
          .map((s) => `${rel(c.file)} → ${s}`),
      );
    expect(wrong).toEqual([]);
  });

  it('browser code never reaches Node, Astro build modules or the content loaders', () => {
    const wrong: string[] = [];
    const reached = browserModules(all);
    for (const [file, via] of reached) {
      if (!/\.(ts|mjs)$/.test(file)) continue;
      for (const spec of specifiers(readFileSync(file, 'utf8')))
        if (/^(node:|astro:|astro\/|sharp$|pagefind$)/.test(spec))
          wrong.push(`${rel(file)} (from ${rel(via)}) → ${spec}`);
      if (/\/src\/(loaders|integrations|checks|images)\//.test(file)) wrong.push(`${rel(file)} (from ${rel(via)})`);
    }
    expect(reached.size).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });

  it('the site never imports the tools in scripts/', () => {
    const tools = path.join(ROOT, 'scripts') + path.sep;
    const wrong = all.flatMap((c) =>
      specifiers(c.code)
        .filter((s) => resolve(c.file, s).startsWith(tools))
        .map((s) => `${rel(c.file)} → ${s}`),
    );
    expect(wrong).toEqual([]);
  });
});
