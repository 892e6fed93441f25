/**
 * What check:content accepts, the build builds: a data file named "..yaml"
 * and symbolic links inside content/ are refused by check:content and by the
 * loaders the build runs, so they never reach `astro build`'s pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/problems.ts';
import { entryLoader } from '../../src/loaders/entry-loader.ts';
import { yamlLoader } from '../../src/loaders/yaml-loader.ts';
import { root, siteContent } from '../support/site.ts';

const LINK_FIX = 'Thay liên kết bằng tệp thật; vì an toàn, trang không đọc gì qua liên kết.';
const EXPECTED = [
  'content/don-vi/...yaml  tệp  Tên tệp "...yaml" không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang. → Đổi tên tệp thành "quan-uy-o-mon.yaml".',
  `content/don-vi/lien-ket.yaml  tệp  Tệp "lien-ket.yaml" là một liên kết (symlink), không phải tệp thật. → ${LINK_FIX}`,
  'content/tap-the/lien-ket  tệp  Thư mục "lien-ket" là một liên kết (symlink), không phải thư mục thật. → Thay liên kết bằng thư mục thật; vì an toàn, trang không đọc gì qua liên kết.',
  `content/tap-the/thu-muc-that/index.mdx  tệp  Tệp "index.mdx" là một liên kết (symlink), không phải tệp thật. → ${LINK_FIX}`,
];

describe('unsafe names and links in the real content', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'guong-sang-unsafe-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const content = path.join(work, 'content');
  cpSync(siteContent, content, { recursive: true });
  cpSync(path.join(content, 'don-vi/quan-uy-o-mon.yaml'), path.join(content, 'don-vi/...yaml'));
  symlinkSync('/etc/hostname', path.join(content, 'don-vi/lien-ket.yaml'));
  const entry = path.join(content, 'tap-the', readdirSync(path.join(content, 'tap-the'))[0]!);
  symlinkSync(entry, path.join(content, 'tap-the/lien-ket'));
  mkdirSync(path.join(content, 'tap-the/thu-muc-that'));
  symlinkSync(path.join(entry, 'index.mdx'), path.join(content, 'tap-the/thu-muc-that/index.mdx'));

  it('npm run check:content refuses them and exits 1', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_CACHE_DIR: path.join(work, 'cache') };
    delete env.CONTENT_DIR;
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/editor/validate-content.ts')], {
      cwd: work,
      encoding: 'utf8',
      env,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').slice(0, -2)).toEqual([...EXPECTED, '4 lỗi trong 4 tệp.']);
  });

  it('the loaders the build runs stop with the same problems', async () => {
    const context = (): LoaderContext => {
      const store = new Map<string, { id: string }>();
      return {
        store: {
          get: (id: string) => store.get(id),
          set: (e: { id: string }) => store.set(e.id, e),
          keys: () => [...store.keys()],
          values: () => [...store.values()],
          delete: (id: string) => store.delete(id),
        },
        parseData: async ({ data }: { data: unknown }) => data,
        generateDigest: (s: string) => s.length.toString(),
        logger: { error: () => {} },
        config: { root: pathToFileURL(`${work}/`), cacheDir: pathToFileURL(`${work}/cache/`) },
      } as unknown as LoaderContext;
    };
    const problems = async (load: () => Promise<void>) => {
      const error = await load().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).message.split('\n').slice(1, -1);
    };
    const saved = process.env.CONTENT_DIR;
    delete process.env.CONTENT_DIR;
    try {
      expect(await problems(() => yamlLoader('don-vi').load(context()))).toEqual(EXPECTED.slice(0, 2));
      expect(await problems(() => entryLoader('tap-the').load(context()))).toEqual(EXPECTED.slice(2));
    } finally {
      if (saved !== undefined) process.env.CONTENT_DIR = saved;
    }
  }, 60_000);
});
