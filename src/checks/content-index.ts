import { readdirSync } from 'node:fs';
import path from 'node:path';
import { kindIds } from '../data/kinds.ts';

/** The ids that exist in each collection, read from folder and file names (cheap, no parsing). */
export interface ContentIndex {
  units: Set<string>;
  campaigns: Set<string>;
  /** "kind/slug" of every entry. */
  entries: Set<string>;
}

/** Names picked from a folder; a link is never an id (it is reported, see content-files.ts). */
function list(dir: string, pick: (name: string, isDir: boolean) => string | undefined): Set<string> {
  try {
    return new Set(
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => !d.isSymbolicLink())
        .map((d) => pick(d.name, d.isDirectory()))
        .filter((x): x is string => !!x),
    );
  } catch {
    return new Set();
  }
}

const yamlId = (name: string, isDir: boolean) =>
  !isDir && /\.ya?ml$/.test(name) ? name.replace(/\.ya?ml$/, '') : undefined;

/** Read the index of the content folder. */
export function readContentIndex(root: string): ContentIndex {
  const entries = new Set<string>();
  for (const kind of kindIds) {
    for (const id of list(path.join(root, kind), (name, isDir) => (isDir ? name : undefined)))
      entries.add(`${kind}/${id}`);
  }
  return {
    units: list(path.join(root, 'don-vi'), yamlId),
    campaigns: list(path.join(root, 'phong-trao'), yamlId),
    entries,
  };
}
