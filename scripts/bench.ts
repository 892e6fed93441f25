/**
 * The benchmark (DESIGN §7): generates a synthetic corpus of N entries with
 * images, builds our site from it cold, builds a bare Astro project over the
 * same bodies in the same run, and prints wall time, peak memory, images
 * encoded, output size and search-index size for both, with their ratio.
 *
 *   npm run bench -- --entries 1500 [--keep] [--skip-bare]
 *
 * Everything is written under `.bench/` (git-ignored): the corpus
 * (`corpus-N/`), each build (`ours-N/`, `bare-N/`), each build's log
 * (`ours-N.log`, `bare-N.log`) and the result (`result-N.json`). Without
 * --keep the corpus and the builds are deleted at the end; logs and result stay.
 *
 * Memory: the build runs as `node --import scripts/bench/rss.mjs astro build`;
 * the preload writes `process.resourceUsage().maxRSS` of the Node process on
 * exit (worker threads and sharp's threads are part of it). Child processes
 * are not: Pagefind's Node API runs its Rust binary as a child. On Linux the
 * script also watches the build's descendants through /proc and reports the
 * sum of their own peaks (VmHWM) separately ("child MB").
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FALLBACK, FORMATS, picturePresets } from '../src/lib/image-sizes.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, '.bench');
const ASTRO_BIN = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PRELOAD = path.join(ROOT, 'scripts/bench/rss.mjs');
const IMAGE_EXTENSIONS = /\.(avif|webp|png|jpe?g|gif|svg)$/i;
const SAMPLE_EVERY_MS = 200;

/** What one build cost and produced. */
interface BuildResult {
  /** Wall time of `astro build`, Pagefind included, in seconds. */
  wallSeconds: number;
  /** Peak resident memory of the build's Node process (maxRSS), in MB. */
  peakMB: number;
  /** Sum of the peaks of its child processes (Linux only; null elsewhere), in MB. */
  childPeakMB: number | null;
  /** Names of the child processes seen. */
  children: string[];
  /** Image files in dist/_astro, and how many of each extension. */
  images: number;
  imagesByExtension: Record<string, number>;
  /** Everything in dist/, the search index included. */
  outputFiles: number;
  outputMB: number;
  /** dist/pagefind only. */
  indexFiles: number;
  indexMB: number;
}

/** The columns of the printed table, in order, with their labels. */
const COLUMNS: [keyof BuildResult, string][] = [
  ['wallSeconds', 'wall s'],
  ['peakMB', 'peak MB'],
  ['childPeakMB', 'child MB'],
  ['images', 'images'],
  ['outputFiles', 'files'],
  ['outputMB', 'MB'],
  ['indexFiles', 'index files'],
  ['indexMB', 'index MB'],
];

const MB = 1024 * 1024;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs a command to completion, its output going to `log` (a file) or to the terminal. */
function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; log?: string }) {
  const fd = options.log ? openSync(options.log, 'w') : undefined;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: fd === undefined ? 'inherit' : ['ignore', fd, fd],
  });
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  }).finally(() => fd !== undefined && closeSync(fd));
  return { child, done };
}

/** Writes the synthetic corpus with scripts/generate-corpus.ts. */
async function generateCorpus(entries: number, out: string): Promise<void> {
  const { done } = run(process.execPath, ['scripts/generate-corpus.ts', '--entries', String(entries), '--out', out], {
    cwd: ROOT,
  });
  if ((await done) !== 0) throw new Error('generate-corpus failed');
}

/** The parent of every process, read from /proc (Linux), or undefined without /proc. */
function parentsByPid(): Map<number, number> | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const line = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": the name may hold spaces and parentheses.
      const ppid = Number(line.slice(line.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended while we were reading.
    }
  }
  return parents;
}

/** Every process below `pid`, not `pid` itself. */
function descendantsOf(pid: number, parents: Map<number, number>): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    for (const [child, parent] of parents) {
      if (parent === current) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** A process's name and its own peak resident memory so far (VmHWM, KB). */
function highWater(pid: number): { name: string; hwmKB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    // The program's file name (the Name: line is cut at 15 characters).
    const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    const name = program ? path.basename(program) : (/^Name:\s*(.+)$/m.exec(status)?.[1] ?? '?');
    const hwmKB = Number(/^VmHWM:\s*(\d+)/m.exec(status)?.[1] ?? 0);
    return { name, hwmKB };
  } catch {
    return undefined;
  }
}

/**
 * Watches the child processes of `pid` until stopped, remembering each one's
 * peak memory. Returns null figures where /proc does not exist.
 */
function watchChildren(pid: number) {
  const peaks = new Map<number, { name: string; hwmKB: number }>();
  const sample = () => {
    const parents = parentsByPid();
    if (!parents) return false;
    for (const child of descendantsOf(pid, parents)) {
      const seen = highWater(child);
      if (seen && seen.hwmKB >= (peaks.get(child)?.hwmKB ?? 0)) peaks.set(child, seen);
    }
    return true;
  };
  const supported = sample();
  const timer = supported ? setInterval(sample, SAMPLE_EVERY_MS) : undefined;
  return {
    stop() {
      clearInterval(timer);
      if (!supported) return { childPeakMB: null, children: [] };
      const all = [...peaks.values()];
      return {
        childPeakMB: round(all.reduce((sum, p) => sum + p.hwmKB, 0) / 1024),
        children: [...new Set(all.map((p) => p.name))].sort(),
      };
    },
  };
}

/**
 * Runs `astro build` in `cwd` with the memory preload, and measures its wall
 * time, the peak memory of its Node process and that of its children.
 */
async function measureBuild(cwd: string, env: Record<string, string>, log: string) {
  const rssFile = `${log}.rss.json`;
  await rm(rssFile, { force: true });
  const started = performance.now();
  const { child, done } = run(process.execPath, ['--import', pathToFileURL(PRELOAD).href, ASTRO_BIN, 'build'], {
    cwd,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    log,
  });
  const watcher = watchChildren(child.pid!);
  const code = await done;
  const wallSeconds = round((performance.now() - started) / 1000);
  const { childPeakMB, children } = watcher.stop();
  if (code !== 0) {
    const tail = (await readFile(log, 'utf8')).split('\n').slice(-30).join('\n');
    throw new Error(`astro build failed in ${path.relative(ROOT, cwd) || '.'} (exit ${code}):\n${tail}`);
  }
  const { maxRSSKB } = JSON.parse(await readFile(rssFile, 'utf8')) as { maxRSSKB: number };
  await rm(rssFile, { force: true });
  return { wallSeconds, peakMB: round(maxRSSKB / 1024), childPeakMB, children };
}

/** Number of files and bytes under a folder (zero when it does not exist). */
async function folderStats(dir: string): Promise<{ files: number; bytes: number }> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  let files = 0;
  let bytes = 0;
  for (const name of names) {
    const info = await stat(path.join(dir, name));
    if (!info.isFile()) continue;
    files++;
    bytes += info.size;
  }
  return { files, bytes };
}

/** Image files written to dist/_astro, by extension. */
async function countImages(dist: string): Promise<Record<string, number>> {
  const names = await readdir(path.join(dist, '_astro')).catch(() => [] as string[]);
  const counts: Record<string, number> = {};
  for (const name of names) {
    if (!IMAGE_EXTENSIONS.test(name)) continue;
    const extension = path.extname(name).slice(1).toLowerCase();
    counts[extension] = (counts[extension] ?? 0) + 1;
  }
  return counts;
}

/** What a build left in its dist/: images, all files, the Pagefind index. */
async function describeOutput(dist: string) {
  const imagesByExtension = await countImages(dist);
  const output = await folderStats(dist);
  const index = await folderStats(path.join(dist, 'pagefind'));
  return {
    images: Object.values(imagesByExtension).reduce((a, b) => a + b, 0),
    imagesByExtension,
    outputFiles: output.files,
    outputMB: round(output.bytes / MB),
    indexFiles: index.files,
    indexMB: round(index.bytes / MB, 2),
  };
}

/** Builds our site from the corpus, cold (fresh output and cache folders). */
async function buildOurs(entries: number, corpus: string): Promise<BuildResult> {
  const dir = path.join(BENCH, `ours-${entries}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const dist = path.join(dir, 'dist');
  const measured = await measureBuild(
    ROOT,
    { CONTENT_DIR: corpus, OUT_DIR: dist, ASTRO_CACHE_DIR: path.join(dir, 'cache') },
    path.join(BENCH, `ours-${entries}.log`),
  );
  return { ...measured, ...(await describeOutput(dist)) };
}

/**
 * Writes the bare baseline: plain Astro with @astrojs/mdx, the `glob` loader
 * over the corpus's entry bodies (one Vite module per MDX file), a permissive
 * schema whose cover goes through astro:assets, and one page template that
 * renders the body and the cover at our cover widths and formats.
 */
async function writeBareProject(dir: string, corpus: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await mkdir(path.join(dir, 'src/components'), { recursive: true });
  // Resolve astro, @astrojs/mdx and sharp from the project's node_modules.
  await symlink(path.relative(dir, path.join(ROOT, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
  const base = path.relative(dir, corpus).split(path.sep).join('/');
  const cover = picturePresets.cover;
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2) + '\n',
    'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [mdx()],
  image: { responsiveStyles: false },
  build: { format: 'directory' },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const entries = defineCollection({
  loader: glob({
    base: ${JSON.stringify(base)},
    pattern: '{ca-nhan,tap-the,mo-hinh}/**/index.mdx',
    generateId: ({ entry }) => entry.replace(/\\/index\\.mdx$/, ''),
  }),
  schema: ({ image }) =>
    z.looseObject({ title: z.string(), cover: z.looseObject({ src: image(), alt: z.string() }) }),
});

export const collections = { entries };
`,
    'src/components/Stat.astro': `---
const { value, label, unit } = Astro.props;
---

<span class="mdx-stat"><strong class="stat-value">{new Intl.NumberFormat('vi-VN').format(value)}{unit && <span class="stat-unit"> {unit}</span>}</strong> <span class="stat-label">{label}</span></span>
`,
    'src/pages/[...slug].astro': `---
import { Picture } from 'astro:assets';
import { getCollection, render } from 'astro:content';
import Stat from '../components/Stat.astro';

export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="vi">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <Picture
        src={entry.data.cover.src}
        alt={entry.data.cover.alt}
        formats={${JSON.stringify(FORMATS)}}
        fallbackFormat=${JSON.stringify(FALLBACK)}
        widths={${JSON.stringify(cover.widths)}}
        sizes=${JSON.stringify(cover.sizes)}
        loading="eager"
      />
      <Content components={{ Stat }} />
    </main>
  </body>
</html>
`,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
}

/** Builds the bare baseline over the same corpus, cold. */
async function buildBare(entries: number, corpus: string): Promise<BuildResult> {
  const dir = path.join(BENCH, `bare-${entries}`);
  await writeBareProject(dir, corpus);
  const dist = path.join(dir, 'dist');
  const measured = await measureBuild(
    dir,
    { OUT_DIR: dist, ASTRO_CACHE_DIR: path.join(dir, 'cache') },
    path.join(BENCH, `bare-${entries}.log`),
  );
  return { ...measured, ...(await describeOutput(dist)) };
}

/** ours / bare for every numeric column; null where the baseline is zero or missing. */
function ratios(ours: BuildResult, bare: BuildResult | undefined) {
  const result: Record<string, number | null> = {};
  for (const [key] of COLUMNS) {
    const a = ours[key] as number | null;
    const b = bare?.[key] as number | null | undefined;
    result[key] = a != null && b ? round(a / b, 2) : null;
  }
  return result;
}

/** The result as a Markdown table: rows ours, bare, ratio; one column per measure. */
function formatTable(rows: [string, object][]): string {
  const header = ['', ...COLUMNS.map(([, label]) => label)];
  const body = rows.map(([name, values]) => [
    name,
    ...COLUMNS.map(([key]) => {
      const value = (values as Record<string, unknown>)[key];
      return value == null ? '—' : String(value);
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** Prints a step with the time since the run started. */
function step(started: number, message: string) {
  console.log(`[${Math.round((performance.now() - started) / 1000)} s] ${message}`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '200' },
      keep: { type: 'boolean', default: false },
      'skip-bare': { type: 'boolean', default: false },
    },
  });
  const entries = Number(values.entries);
  if (!Number.isInteger(entries) || entries < 1)
    throw new Error(`--entries must be a positive integer, not ${values.entries}`);
  const started = performance.now();
  const corpus = path.join(BENCH, `corpus-${entries}`);
  const astroVersion = (
    JSON.parse(await readFile(path.join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  const machine = {
    cpus: os.availableParallelism(),
    loadAverage: os.loadavg().map((l) => round(l, 2)),
    node: process.version,
    astro: astroVersion,
  };

  await mkdir(BENCH, { recursive: true });
  step(started, `corpus: ${entries} entries → ${path.relative(ROOT, corpus)}`);
  await generateCorpus(entries, corpus);
  step(started, `building ours (log: .bench/ours-${entries}.log)`);
  const ours = await buildOurs(entries, corpus);
  let bare: BuildResult | undefined;
  if (!values['skip-bare']) {
    step(started, `building bare Astro (log: .bench/bare-${entries}.log)`);
    bare = await buildBare(entries, corpus);
  }
  const ratio = ratios(ours, bare);

  const rows: [string, object][] = [['ours', ours]];
  if (bare) rows.push(['bare', bare], ['ours/bare', ratio]);
  console.log(
    `\n${entries} entries · ${machine.cpus} CPU · load ${machine.loadAverage.join(' ')} · Node ${machine.node} · Astro ${machine.astro}\n`,
  );
  console.log(formatTable(rows));
  const childNames = [...new Set([...ours.children, ...(bare?.children ?? [])])];
  console.log(
    `\npeak MB: the build's Node process (maxRSS, worker threads included); child MB: its child processes (${childNames.join(', ') || 'none seen'}), each at its own peak.`,
  );

  const resultFile = path.join(BENCH, `result-${entries}.json`);
  const result = {
    entries,
    date: new Date().toISOString(),
    machine,
    ours,
    bare: bare ?? null,
    ratio: bare ? ratio : null,
  };
  await writeFile(resultFile, JSON.stringify(result, null, 2) + '\n');
  if (!values.keep) {
    for (const name of [`corpus-${entries}`, `ours-${entries}`, `bare-${entries}`])
      await rm(path.join(BENCH, name), { recursive: true, force: true });
  }
  step(
    started,
    `written ${path.relative(ROOT, resultFile)}${values.keep ? '' : ' (corpus and builds deleted; --keep keeps them)'}`,
  );
}

await main();
