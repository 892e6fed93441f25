import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir } from '../lib/content-dir.ts';
import { ContentError, formatProblems, type Problem } from '../lib/problems.ts';
import type { DataCollection } from '../schemas/index.ts';
import { checkDataFile } from './check-entry.ts';
import { checkText } from './check-text.ts';
import { readContentIndex } from './content-index.ts';

/**
 * Loads a YAML data collection (`content/<collection>/<id>.yaml`, one item a
 * file) with the same checks and messages as the entries.
 */
export function yamlLoader(collection: DataCollection): Loader {
  return {
    name: 'guong-sang-yaml-loader',
    load: async (context) => {
      await loadAll(collection, context);
      context.watcher?.on('all', async (_event, changed) => {
        if (changed.includes(`${path.sep}${collection}${path.sep}`) && /\.ya?ml$/.test(changed))
          await loadAll(collection, context);
      });
    },
  };
}

async function loadAll(
  collection: DataCollection,
  { store, parseData, generateDigest, logger, config, watcher }: LoaderContext,
) {
  const root = fileURLToPath(config.root);
  const base = contentDir(root);
  const dir = path.join(base, collection);
  watcher?.add(dir);
  const index = readContentIndex(base);
  const names = (await readdir(dir).catch(() => [])).filter((n) => /\.ya?ml$/.test(n));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const id = name.replace(/\.ya?ml$/, '');
    const absolute = path.join(dir, name);
    const file = path.relative(root, absolute).split(path.sep).join('/');
    const text = await readFile(absolute, 'utf8');
    const checked = checkDataFile(collection, file, text, index);
    seen.add(id);
    const textProblems = checkText(file, text);
    if (textProblems.length || checked.problems.length || !checked.data) {
      problems.push(...textProblems, ...checked.problems);
      continue;
    }
    const digest = generateDigest(text);
    if (store.get(id)?.digest === digest) continue;
    const data = await parseData({ id, data: checked.data, filePath: absolute });
    store.set({ id, data, filePath: file, digest });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  if (problems.length) {
    if (watcher) logger.error(`\n${formatProblems(problems)}`);
    else throw new ContentError(problems);
  }
}
