/**
 * The benchmark (DESIGN §7): generates a synthetic corpus of N entries, each
 * with a cover photo of its own, builds our site from it and a bare Astro
 * project over the same bodies and images in the same run, and prints wall
 * time, peak memory, images encoded, output size and search-index size for
 * both, with their ratios, for each kind of build asked for:
 *
 *   npm run bench -- --entries 1500 [--cold] [--warm] [--edit-one] [--new-one] [--keep] [--skip-bare]
 *
 * - cold: empty output and cache folders (a first deploy);
 * - warm: the cache folder of the previous build kept, content unchanged, the
 *   output folder empty (a CI deploy that restores its cache);
 * - edit-one: the same, after one entry's text was edited;
 * - new-one: the same, after one new entry with a new cover was added.
 * Without a mode flag, all four run, in that order, on the same cache. A mode
 * needs the builds before it (warm needs a filled cache): they run too, and
 * are reported only when asked for, unless the cache kept by an earlier
 * `--keep` run is there already.
 *
 * Everything is written under `.bench/` (git-ignored): the corpus
 * (`corpus-N/`, reused while the generator is unchanged), each site
 * (`ours-N/`, `bare-N/`, with `dist/` and `cache/`), each build's log
 * (`ours-N-MODE.log`) and the result (`result-N.json`). Without --keep the
 * corpus and the builds are deleted at the end; logs and result stay.
 *
 * Memory: the build runs as `node --import scripts/bench/rss.mjs astro build`;
 * the preload writes `process.resourceUsage().maxRSS` of the Node process on
 * exit (worker threads and sharp's threads are part of it). Child processes
 * are not: Pagefind's Node API runs its Rust binary as a child. On Linux the
 * script also watches the build's descendants through /proc and reports the
 * sum of their own peaks (VmHWM) separately ("child MB").
 *
 * Images encoded: Astro logs every image it optimizes, with "(before: …kB,
 * after: …kB)" when it encoded it and "(reused cache entry)" when it copied it
 * from its cache; our image pipeline logs one line with its counts
 * (src/images/image-log.ts). The count is read from the build's log.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, openSync, closeSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { encodedInLog } from '../../src/images/image-log.ts';
import { IMAGE_FORMAT, IMAGE_QUALITY, picturePresets } from '../../src/images/image-sizes.ts';
import { slug } from '../../src/lib/slug.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
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
  /** Images Astro encoded in this build (not copied from its cache). */
  encoded: number;
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
  ['encoded', 'encoded'],
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

/** The files a corpus is made from: a corpus written by other versions of them is made again. */
const GENERATOR_FILES = ['scripts/generate/corpus.ts', 'scripts/generate/corpus-text.ts'];

/**
 * Writes the synthetic corpus with scripts/generate/corpus.ts, or keeps the
 * one already there when it was written by the same generator (writing 25,000
 * photos takes minutes).
 */
async function generateCorpus(entries: number, out: string): Promise<'made' | 'kept'> {
  const hash = createHash('sha256');
  for (const file of GENERATOR_FILES) hash.update(await readFile(path.join(ROOT, file)));
  const stamp = `${entries}:${hash.digest('hex')}`;
  const stampFile = path.join(out, '.generator');
  if ((await readFile(stampFile, 'utf8').catch(() => '')) === stamp) return 'kept';
  const { done } = run(process.execPath, ['scripts/generate/corpus.ts', '--entries', String(entries), '--out', out], {
    cwd: ROOT,
  });
  if ((await done) !== 0) throw new Error('the corpus generator failed');
  await writeFile(stampFile, stamp);
  return 'made';
}

/**
 * The edit of edit-one: a sentence added to the story of the corpus's first
 * entry (as an editor fixes a text). Returns the undo.
 */
async function editOneEntry(corpus: string): Promise<() => Promise<void>> {
  const kind = 'tap-the';
  const [first] = (await readdir(path.join(corpus, kind))).sort();
  const file = path.join(corpus, kind, first!, 'index.mdx');
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text}\nBài viết được biên tập viên bổ sung một câu để đo lần dựng lại.\n`);
  return () => writeFile(file, text);
}

/**
 * The addition of new-one: a copy of the first entry under a new title, with
 * a new cover (the old one tinted, so its bytes differ). Returns the undo.
 */
async function addOneEntry(corpus: string): Promise<() => Promise<void>> {
  const kind = 'tap-the';
  const [first] = (await readdir(path.join(corpus, kind))).sort();
  const from = path.join(corpus, kind, first!);
  const text = await readFile(path.join(from, 'index.mdx'), 'utf8');
  const title = /^title: (.+)$/m.exec(text)![1]!;
  const newTitle = `${title} bổ sung`;
  const folder = path.join(corpus, kind, slug(newTitle));
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'index.mdx'), text.replace(/^title: .+$/m, `title: ${newTitle}`));
  await sharp(path.join(from, 'anh-bia.jpg'))
    .linear(0.9, 12)
    .jpeg({ quality: 82 })
    .toFile(path.join(folder, 'anh-bia.jpg'));
  return () => rm(folder, { recursive: true, force: true });
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

/** The kinds of build, in the order they run on one cache. */
const MODES = ['cold', 'warm', 'edit-one', 'new-one'] as const;
type Mode = (typeof MODES)[number];

/** One site to build: where it lives, and the environment its build needs. */
interface Site {
  name: 'ours' | 'bare';
  /** The project folder `astro build` runs in. */
  cwd: string;
  /** The site's bench folder, holding dist/ and cache/. */
  dir: string;
  env: Record<string, string>;
}

/**
 * Builds a site: cold empties its cache folder first; every mode empties the
 * output folder, as a CI deploy starts from a clean checkout.
 */
async function buildSite(site: Site, entries: number, mode: Mode): Promise<BuildResult> {
  const dist = path.join(site.dir, 'dist');
  const cache = path.join(site.dir, 'cache');
  if (mode === 'cold') await rm(cache, { recursive: true, force: true });
  await rm(dist, { recursive: true, force: true });
  const log = path.join(BENCH, `${site.name}-${entries}-${mode}.log`);
  const measured = await measureBuild(site.cwd, { ...site.env, OUT_DIR: dist, ASTRO_CACHE_DIR: cache }, log);
  const encoded = encodedInLog(await readFile(log, 'utf8'));
  return { ...measured, encoded, ...(await describeOutput(dist)) };
}

/**
 * Writes the bare baseline: plain Astro with @astrojs/mdx, the `glob` loader
 * over the corpus's entry bodies (one Vite module per MDX file), a permissive
 * schema whose cover goes through astro:assets, and one page template that
 * renders the body and the cover at our cover widths and format.
 */
async function writeBareProject(dir: string, corpus: string): Promise<void> {
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await mkdir(path.join(dir, 'src/components'), { recursive: true });
  // Resolve astro, @astrojs/mdx and sharp from the project's node_modules.
  await rm(path.join(dir, 'node_modules'), { force: true });
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
import { Image } from 'astro:assets';
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
      <Image
        src={entry.data.cover.src}
        alt={entry.data.cover.alt}
        format=${JSON.stringify(IMAGE_FORMAT)}
        quality={${IMAGE_QUALITY}}
        widths={${JSON.stringify(cover.widths)}}
        width={${cover.widths.at(-1)}}
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

/** Prints one mode's table: ours, bare and their ratio, and ours against our warm build. */
function printMode(mode: Mode, ours: BuildResult, bare: BuildResult | undefined, warm: BuildResult | undefined) {
  const rows: [string, object][] = [['ours', ours]];
  if (bare) rows.push(['bare', bare], ['ours/bare', ratios(ours, bare)]);
  if (warm && mode !== 'warm' && mode !== 'cold') rows.push(['ours/ours warm', ratios(ours, warm)]);
  console.log(`\n### ${mode}\n\n${formatTable(rows)}`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '200' },
      keep: { type: 'boolean', default: false },
      'skip-bare': { type: 'boolean', default: false },
      ...Object.fromEntries(MODES.map((mode) => [mode, { type: 'boolean', default: false }])),
    },
  });
  const entries = Number(values.entries);
  if (!Number.isInteger(entries) || entries < 1)
    throw new Error(`--entries must be a positive integer, not ${values.entries}`);
  const flags = values as Record<string, unknown>;
  const asked = MODES.filter((mode) => flags[mode]);
  const wanted = new Set<Mode>(asked.length ? asked : MODES);
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
  step(started, `corpus ${await generateCorpus(entries, corpus)}`);
  const bareDir = path.join(BENCH, `bare-${entries}`);
  const sites: Site[] = [
    { name: 'ours', cwd: ROOT, dir: path.join(BENCH, `ours-${entries}`), env: { CONTENT_DIR: corpus } },
  ];
  if (!values['skip-bare']) {
    await writeBareProject(bareDir, corpus);
    sites.push({ name: 'bare', cwd: bareDir, dir: bareDir, env: {} });
  }

  // The last mode asked for decides which come before it; a kept cache stands in for a cold build.
  const last = Math.max(...[...wanted].map((mode) => MODES.indexOf(mode)));
  const results: Partial<Record<Mode, Partial<Record<Site['name'], BuildResult>>>> = {};
  const undo: (() => Promise<void>)[] = [];
  try {
    for (const mode of MODES.slice(0, last + 1)) {
      if (mode === 'edit-one') undo.push(await editOneEntry(corpus));
      if (mode === 'new-one') undo.push(await addOneEntry(corpus));
      for (const site of sites) {
        const cached = existsSync(path.join(site.dir, 'cache'));
        if (mode === 'cold' && !wanted.has('cold') && cached) continue;
        step(started, `${site.name}, ${mode} (log: .bench/${site.name}-${entries}-${mode}.log)`);
        (results[mode] ??= {})[site.name] = await buildSite(site, entries, mode);
      }
    }
  } finally {
    // Leave the corpus as it was generated, for the next run.
    for (const restore of undo.reverse()) await restore();
  }

  console.log(
    `\n${entries} entries · ${machine.cpus} CPU · load ${machine.loadAverage.join(' ')} · Node ${machine.node} · Astro ${machine.astro}`,
  );
  for (const mode of MODES) {
    const { ours, bare } = results[mode] ?? {};
    if (wanted.has(mode) && ours) printMode(mode, ours, bare, results.warm?.ours);
  }
  const childNames = new Set(
    Object.values(results).flatMap((bySite) => Object.values(bySite ?? {}).flatMap((r) => r.children)),
  );
  console.log(
    `\npeak MB: the build's Node process (maxRSS, worker threads included); child MB: its child processes (${[...childNames].join(', ') || 'none seen'}), each at its own peak; encoded: images encoded (not copied from a cache).`,
  );

  const resultFile = path.join(BENCH, `result-${entries}.json`);
  const result = {
    entries,
    date: new Date().toISOString(),
    machine,
    modes: Object.fromEntries(
      Object.entries(results).map(([mode, { ours, bare } = {}]) => [
        mode,
        { ours: ours ?? null, bare: bare ?? null, ratio: ours && bare ? ratios(ours, bare) : null },
      ]),
    ),
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
