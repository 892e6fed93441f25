/**
 * The entry loader's step between checking an entry and storing it: each
 * image the frontmatter names ("./anh-bia.jpg") becomes a `SourceImage` —
 * where the file is, its size and the digest of its bytes — which the build's
 * schema accepts and src/lib/pictures.ts turns into files. Vite never loads
 * the originals: as emitted assets they held most of a 25,525-entry build's
 * memory (about 8.7 GB of photos), and cost it 100 s in every build.
 */
import path from 'node:path';
import type { FileDigests } from '../lib/file-digest.ts';
import type { SourceImage } from '../schemas/media.ts';
import type { FoundImages } from './check-images.ts';

type Data = Record<string, unknown>;
type Named = { src: string } & Data;

/**
 * `data` with `cover.src` and every `gallery[i].src` resolved. `found` holds
 * the sizes the check read; `root` is the project root the paths are written
 * from (the data store outlives a moved checkout, so no absolute path).
 */
export async function withSourceImages(
  data: Data,
  entryFile: string,
  root: string,
  found: FoundImages,
  digests: FileDigests,
): Promise<Data> {
  const dir = path.dirname(entryFile);
  const resolve = async (item: Named): Promise<Data> => {
    const size = found.get(item.src);
    if (!size) throw new Error(`${entryFile}: ${item.src} was not checked`);
    const absolute = path.join(dir, item.src);
    const image: SourceImage = {
      file: path.relative(root, absolute).split(path.sep).join('/'),
      ...size,
      digest: await digests.of(absolute),
    };
    return { ...item, src: image };
  };
  const gallery = (data.gallery as Named[] | undefined) ?? [];
  return {
    ...data,
    cover: await resolve(data.cover as Named),
    gallery: await Promise.all(gallery.map(resolve)),
  };
}
