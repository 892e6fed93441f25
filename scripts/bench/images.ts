/**
 * How fast one original becomes a cover's three files, for the ways the
 * image pipeline could make them (README "Images"): each file from the
 * original, the original decoded once into a Node buffer, the smaller files
 * from the largest JPEG, and the pipeline itself (src/images/image-cache.ts,
 * decoded once into libvips' own format), optionally beside a large retained
 * JavaScript heap, as a build at 25,525 entries holds one.
 *
 *   npm run bench:images -- [--corpus .bench/corpus-1500] [--photos 120] [--heap-gb 3.3]
 *
 * The photos are the corpus's covers (`npm run corpus` or `npm run bench`
 * make one). Prints milliseconds per photo and KB per photo for each way.
 */
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { ImageCache } from '../../src/images/image-cache.ts';
import { IMAGE_QUALITY, picturePresets } from '../../src/images/image-sizes.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    photos: { type: 'string', default: '120' },
    'heap-gb': { type: 'string', default: '0' },
  },
});
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WIDTHS = picturePresets.cover.widths;
const WIDEST = Math.max(...WIDTHS);
/** Photos (or files, for the first way) worked on at a time, as the pipeline does. */
const AT_A_TIME = 4;

async function findCorpus(): Promise<string> {
  if (values.corpus) return path.resolve(values.corpus);
  const bench = path.join(ROOT, '.bench');
  const found = (await readdir(bench).catch(() => [])).filter((name) => name.startsWith('corpus-'));
  if (!found.length) throw new Error('No corpus: run `npm run bench` or `npm run corpus` first, or pass --corpus.');
  return path.join(bench, found[0]!);
}

const corpus = await findCorpus();
const photos = (await readdir(corpus, { recursive: true }))
  .filter((name) => name.endsWith(`${path.sep}anh-bia.jpg`))
  .sort()
  .slice(0, Number(values.photos))
  .map((name) => path.join(corpus, name));

// Objects kept alive for the whole run, so that garbage collection has a build-sized heap to walk.
const heapGb = Number(values['heap-gb']);
(globalThis as { benchHeap?: unknown }).benchHeap = Array.from({ length: Math.round(heapGb * 6e6) }, (_, i) => ({
  i,
  name: `entry-${i}`,
  list: [i],
}));

const work = await mkdtemp(path.join(os.tmpdir(), 'gs-bench-images-'));
let n = 0;
const out = () => path.join(work, `${n++}.jpeg`);
const jpeg = (optimised: boolean) => ({ quality: IMAGE_QUALITY, optimiseCoding: optimised });

/** Runs `task` over `items`, `limit` at a time. */
const pool = <T>(items: T[], limit: number, task: (item: T) => Promise<unknown>) => pLimit(limit).map(items, task);

/** Every file made from the original on its own, `AT_A_TIME` files at a time. */
const eachFromOriginal = (optimised: boolean) => () =>
  pool(
    photos.flatMap((photo) => WIDTHS.map((width) => ({ photo, width }))),
    AT_A_TIME,
    ({ photo, width }) =>
      sharp(photo).rotate().resize({ width, withoutEnlargement: true }).jpeg(jpeg(optimised)).toFile(out()),
  );

const ways: { name: string; run: () => Promise<unknown> }[] = [
  { name: 'each file from the original, four files at a time', run: eachFromOriginal(true) },
  { name: 'the same, Huffman tables not optimised', run: eachFromOriginal(false) },
  {
    name: 'decoded once into a Node buffer, not optimised',
    run: () =>
      pool(photos, AT_A_TIME, async (photo) => {
        const { data, info } = await sharp(photo)
          .rotate()
          .resize({ width: WIDEST, withoutEnlargement: true })
          .raw()
          .toBuffer({ resolveWithObject: true });
        const raw = { width: info.width, height: info.height, channels: info.channels };
        await Promise.all(
          WIDTHS.map((width) => sharp(data, { raw }).resize({ width }).jpeg(jpeg(false)).toFile(out())),
        );
      }),
  },
  {
    name: 'the largest from the original, the others from that JPEG, not optimised',
    run: () =>
      pool(photos, AT_A_TIME, async (photo) => {
        const largest = out();
        await sharp(photo)
          .rotate()
          .resize({ width: WIDEST, withoutEnlargement: true })
          .jpeg(jpeg(false))
          .toFile(largest);
        await Promise.all(
          WIDTHS.filter((w) => w < WIDEST).map((width) =>
            sharp(largest).resize({ width }).jpeg(jpeg(false)).toFile(out()),
          ),
        );
      }),
  },
  {
    name: 'the pipeline (src/images/image-cache.ts)',
    run: async () => {
      const cache = new ImageCache('/', path.join(work, 'cache'));
      await Promise.all(
        photos.flatMap((photo, i) =>
          WIDTHS.map((width) =>
            cache.file({
              source: photo,
              digest: String(i),
              width,
              format: 'jpeg',
              quality: IMAGE_QUALITY,
              key: `${i}-${width}.jpeg`,
            }),
          ),
        ),
      );
    },
  },
];

console.log(
  `${photos.length} photos from ${path.relative(ROOT, corpus)}, widths ${WIDTHS.join('/')}, heap ${heapGb} GB`,
);
for (const way of ways) {
  await rm(work, { recursive: true, force: true });
  await mkdir(work);
  n = 0;
  const started = performance.now();
  await way.run();
  const ms = (performance.now() - started) / photos.length;
  const files = await readdir(work, { recursive: true });
  const sizes = await Promise.all(
    files.filter((f) => f.endsWith('.jpeg')).map(async (f) => (await stat(path.join(work, f))).size),
  );
  const kb = sizes.reduce((a, b) => a + b, 0) / 1024 / photos.length;
  console.log(`${ms.toFixed(1).padStart(6)} ms  ${kb.toFixed(0).padStart(4)} KB  ${way.name}`);
}
await rm(work, { recursive: true, force: true });
