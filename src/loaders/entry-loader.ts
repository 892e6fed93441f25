import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { KindId } from '../data/kinds.ts';
import { contentDir } from '../lib/content-dir.ts';
import { fileDigests } from '../cache/file-digest.ts';
import { resolvePicture } from '../images/pictures.ts';
import { ContentError, formatProblems, type Problem } from '../lib/problems.ts';
import type { SourceImage } from '../schemas/media.ts';
import { duplicatePeople, duplicateSlugs } from '../checks/check-corpus.ts';
import { checkEntryFile } from '../checks/check-entry.ts';
import { listEntries, readListed } from '../checks/content-files.ts';
import { readContentIndex } from '../checks/content-index.ts';
import { guarded } from '../checks/guard.ts';
import { renderBody } from '../mdx/mdx-body.ts';
import { checkReferences } from '../checks/references.ts';
import { checkSampleEntry } from '../checks/check-samples.ts';
import { sourceImage, withSourceImages } from '../images/source-images.ts';

/** Bump when the rendering of bodies changes, so cached HTML is made again. */
const RENDER_VERSION = '6';

/**
 * The entry loader: reads every page bundle
 * `content/<kind>/<slug>/index.mdx`, validates it, renders the body to HTML
 * with satteri and stores that HTML in the content layer, skipping files
 * whose digest has not changed. Pages call `render(entry)` as usual.
 */
export function entryLoader(kind: KindId): Loader {
  return {
    name: 'guong-sang-entry-loader',
    load: async (context) => {
      await loadAll(kind, context);
      context.watcher?.on('all', async (_event, changed) => {
        if (
          changed.startsWith(path.join(contentDir(fileURLToPath(context.config.root)))) &&
          /\.(mdx|ya?ml|jpe?g|png|webp|avif)$/.test(changed)
        ) {
          await loadAll(kind, context);
        }
      });
    },
  };
}

async function loadAll(kind: KindId, context: LoaderContext) {
  const { store, parseData, generateDigest, logger, config, watcher } = context;
  const root = fileURLToPath(config.root);
  const base = contentDir(root);
  const dir = path.join(base, kind);
  watcher?.add(dir);
  const index = readContentIndex(base);
  const digests = fileDigests(fileURLToPath(config.cacheDir));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for await (const { id, absolute, file, text } of readListed(root, await listEntries(root, base, kind), problems)) {
    seen.add(id);
    // The digest covers the text and the bytes of the bundle's other files, so a replaced image is checked again.
    const digest = generateDigest(RENDER_VERSION + text + (await digests.ofBundle(path.dirname(absolute))));
    const existing = store.get(id);
    if (existing && existing.digest === digest) {
      // Unchanged: keep the stored HTML; references may still have broken elsewhere.
      problems.push(...checkReferences('entry', existing.data, index, file, () => undefined));
      problems.push(...checkSampleEntry(existing.data, index, file, () => undefined));
      continue;
    }
    // `astro build` ran the whole content check first (src/integrations/content-check.ts), which decoded every
    // image to its end: not again here (minutes at 25,000 entries). `astro dev` (a watcher) ran nothing before.
    const checked = await guarded(
      file,
      () => checkEntryFile(kind, file, absolute, text, index, { decodeImages: !!watcher }),
      (p) => ({ problems: [p], data: undefined, raw: undefined, locate: () => undefined, body: undefined }),
    );
    if (checked.problems.length || !checked.data || !checked.body) {
      problems.push(...checked.problems);
      continue;
    }
    const resolved = await withSourceImages(checked.data, absolute, root, checked.images!, digests);
    // The story's images through the same pipeline as covers: their files are named in the stored HTML.
    const bodyImages = new Map<string, SourceImage>();
    for (const { src } of checked.body.images)
      if (!bodyImages.has(src)) bodyImages.set(src, await sourceImage(src, absolute, root, checked.images!, digests));
    const html = renderBody(checked.body, (src) => resolvePicture(bodyImages.get(src)!, 'body'));
    const data = await parseData({ id, data: resolved, filePath: absolute });
    store.set({
      id,
      data,
      filePath: file,
      digest,
      rendered: {
        html,
        // bodyImages: src/lib/entries.ts asks the pipeline for their files in every build.
        metadata: { headings: checked.body.headings, bodyImages: [...bodyImages.values()] },
      },
    });
  }
  digests.save();
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  problems.push(...duplicateSlugs(index, kind, path.relative(root, base).split(path.sep).join('/')));
  if (kind === 'ca-nhan') {
    problems.push(
      ...duplicatePeople(
        store.values().map((e) => {
          const d = e.data as { title: string; units: string[]; birthYear?: number };
          return { file: e.filePath!, title: d.title, units: d.units, birthYear: d.birthYear };
        }),
      ),
    );
  }

  if (problems.length) {
    if (watcher) logger.error(`\n${formatProblems(problems)}`);
    else throw new ContentError(problems);
  }
}
