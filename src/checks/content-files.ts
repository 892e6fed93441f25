/**
 * Finding and reading the files under content/, the same way for the build
 * and for `check:content`: a symbolic link is reported, never followed (a
 * pull request must not make the build read files outside the repository),
 * and a file over the size limit is reported before it is read.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../lib/format.ts';
import { MAX_FILE_BYTES } from '../lib/limits.ts';
import type { Problem } from '../lib/problems.ts';

/** One file to check. */
export interface ContentFile {
  /** Its id: the entry's folder name or the data file's name without .yaml. */
  id: string;
  absolute: string;
  /** Relative to the project root, with forward slashes: what messages show. */
  file: string;
}

/** The files found in one folder, and the links found instead of files. */
export interface Listing {
  files: ContentFile[];
  problems: Problem[];
}

/** A path as messages show it: relative to the project root, with forward slashes. */
export const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

function linkProblem(root: string, absolute: string, isFolder: boolean): Problem {
  const what = isFolder ? 'thư mục' : 'tệp';
  return {
    file: rel(root, absolute),
    field: 'tệp',
    message: `${isFolder ? 'Thư mục' : 'Tệp'} "${path.basename(absolute)}" là một liên kết (symlink), không phải ${what} thật.`,
    fix: `Thay liên kết bằng ${what} thật; vì an toàn, trang không đọc gì qua liên kết.`,
  };
}

/** The folder's entries, or a problem when the folder itself is a link; none when it does not exist. */
async function entriesOf(root: string, folder: string) {
  const stat = await lstat(folder).catch(() => undefined);
  if (!stat) return { entries: [], problems: [] };
  if (stat.isSymbolicLink()) return { entries: [], problems: [linkProblem(root, folder, true)] };
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return { entries: entries.sort((a, b) => (a.name < b.name ? -1 : 1)), problems: [] as Problem[] };
}

/** The entries of a kind: `<dir>/<kind>/<id>/index.mdx`, one per folder. */
export async function listEntries(root: string, dir: string, kind: string): Promise<Listing> {
  const { entries, problems } = await entriesOf(root, path.join(dir, kind));
  const files: ContentFile[] = [];
  for (const d of entries) {
    const absolute = path.join(dir, kind, d.name);
    if (d.isSymbolicLink()) problems.push(linkProblem(root, absolute, true));
    else if (d.isDirectory())
      files.push({
        id: d.name,
        absolute: path.join(absolute, 'index.mdx'),
        file: rel(root, path.join(absolute, 'index.mdx')),
      });
  }
  return { files, problems };
}

/** The data files of a collection: `<dir>/<collection>/<id>.yaml`. */
export async function listDataFiles(root: string, dir: string, collection: string): Promise<Listing> {
  const { entries, problems } = await entriesOf(root, path.join(dir, collection));
  const files: ContentFile[] = [];
  for (const d of entries) {
    if (!/\.ya?ml$/.test(d.name)) continue;
    const absolute = path.join(dir, collection, d.name);
    if (d.isSymbolicLink()) problems.push(linkProblem(root, absolute, false));
    else if (!d.isDirectory()) files.push({ id: d.name.replace(/\.ya?ml$/, ''), absolute, file: rel(root, absolute) });
  }
  return { files, problems };
}

/**
 * A content file's text, or the problem that stops it being read: missing,
 * a link (O_NOFOLLOW: refused even if it became one after listing), or over
 * MAX_FILE_BYTES (measured on the open file, before reading it).
 */
export async function readContentFile(
  root: string,
  { absolute, file }: ContentFile,
): Promise<{ text: string; problem?: undefined } | { text?: undefined; problem: Problem }> {
  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { problem: linkProblem(root, absolute, false) };
    return {
      problem: {
        file: rel(root, path.dirname(absolute)),
        field: 'tệp',
        message: `Thư mục không có tệp ${path.basename(absolute)}.`,
        fix: `Đặt bài viết vào tệp ${path.basename(absolute)} trong thư mục này.`,
      },
    };
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) {
      return {
        problem: {
          file,
          field: 'tệp',
          message: `Tệp nặng ${formatBytes(size)}, quá giới hạn ${formatBytes(MAX_FILE_BYTES)}.`,
          fix: 'Một bài chỉ cần chữ (thường dưới 20 KB): xóa phần dán thừa, tách ảnh thành tệp riêng đặt cạnh index.mdx.',
        },
      };
    }
    return { text: await handle.readFile('utf8') };
  } finally {
    await handle.close();
  }
}

/** Each listed file that can be read, with its text; what stops the others is added to `problems`. */
export async function* readListed(root: string, listing: Listing, problems: Problem[]) {
  problems.push(...listing.problems);
  for (const entry of listing.files) {
    const found = await readContentFile(root, entry);
    if (found.problem) problems.push(found.problem);
    else yield { ...entry, text: found.text };
  }
}
