import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir } from '../lib/content-dir.ts';
import { ContentError, formatProblems, type Problem } from '../lib/problems.ts';
import type { DataCollection } from '../schemas/index.ts';
import { checkDataFile } from '../checks/check-entry.ts';
import { checkText } from '../checks/check-text.ts';
import { listDataFiles, readListed } from '../checks/content-files.ts';
import { readContentIndex } from '../checks/content-index.ts';
import { guarded } from '../checks/guard.ts';

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
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for await (const { id, absolute, file, text } of readListed(
    root,
    await listDataFiles(root, base, collection),
    problems,
  )) {
    seen.add(id);
    const checked = await guarded(
      file,
      () => {
        const data = checkDataFile(collection, file, text, index);
        return { data: data.data, problems: [...checkText(file, text), ...data.problems] };
      },
      (p) => ({ data: undefined, problems: [p] }),
    );
    if (checked.problems.length || !checked.data) {
      problems.push(...checked.problems);
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
