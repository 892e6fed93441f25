import path from 'node:path';

/**
 * The folder the content is read from: `content/` in the project, or the
 * folder named by CONTENT_DIR (a generated corpus for benchmarks).
 */
export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR || 'content');
}
