/**
 * The entry loader's step between checking an entry and storing it: each
 * image the entry names ("./anh-bia.jpg", in its frontmatter or its story) becomes a `SourceImage` —
 * where the file is, its size and the digest of its bytes — which the build's
 * schema accepts and src/images/pictures.ts turns into files. Vite never loads
 * the originals: as emitted assets they held most of a large build's memory
 * and time (README "Images").
 */
import path from 'node:path';
import type { FileDigests } from '../cache/file-digest.ts';
import type { SourceImage } from '../schemas/media.ts';
import type { FoundImages } from '../checks/check-images.ts';

type Data = Record<string, unknown>;
type Named = { src: string } & Data;

/**
 * The image named `src` ("./anh.jpg") beside `entryFile`, as the build's
 * schema and src/images/pictures.ts take it. `found` holds the sizes the check
 * read; `root` is the project root the path is written from (the data store
 * outlives a moved checkout, so no absolute path).
 */
export async function sourceImage(
  src: string,
  entryFile: string,
  root: string,
  found: FoundImages,
  digests: FileDigests,
): Promise<SourceImage> {
  const size = found.get(src);
  if (!size) throw new Error(`${entryFile}: ${src} was not checked`);
  const absolute = path.join(path.dirname(entryFile), src);
  return {
    file: path.relative(root, absolute).split(path.sep).join('/'),
    ...size,
    digest: await digests.of(absolute),
  };
}

/** `data` with `cover.src` and every `gallery[i].src` resolved by sourceImage(). */
export async function withSourceImages(
  data: Data,
  entryFile: string,
  root: string,
  found: FoundImages,
  digests: FileDigests,
): Promise<Data> {
  const resolve = async (item: Named): Promise<Data> => ({
    ...item,
    src: await sourceImage(item.src, entryFile, root, found, digests),
  });
  const gallery = (data.gallery as Named[] | undefined) ?? [];
  return {
    ...data,
    // An entry without a photo has no cover (a typographic one is drawn by the pages).
    cover: data.cover === undefined ? undefined : await resolve(data.cover as Named),
    gallery: await Promise.all(gallery.map(resolve)),
  };
}
