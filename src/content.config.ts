import { defineCollection } from 'astro:content';
import { entryLoader } from './loaders/entry-loader.ts';
import { yamlLoader } from './loaders/yaml-loader.ts';
import { dataSchemas, entrySchemas } from './schemas/index.ts';
import { sourceImage } from './schemas/media.ts';

/** Wires loaders to schemas (src/schemas/index.ts); Astro needs each collection named here to type it. */
export const collections = {
  'ca-nhan': defineCollection({ loader: entryLoader('ca-nhan'), schema: entrySchemas['ca-nhan'](sourceImage) }),
  'tap-the': defineCollection({ loader: entryLoader('tap-the'), schema: entrySchemas['tap-the'](sourceImage) }),
  'mo-hinh': defineCollection({ loader: entryLoader('mo-hinh'), schema: entrySchemas['mo-hinh'](sourceImage) }),
  'don-vi': defineCollection({ loader: yamlLoader('don-vi'), schema: dataSchemas['don-vi'] }),
  'phong-trao': defineCollection({ loader: yamlLoader('phong-trao'), schema: dataSchemas['phong-trao'] }),
  'bo-suu-tap': defineCollection({ loader: yamlLoader('bo-suu-tap'), schema: dataSchemas['bo-suu-tap'] }),
  'trich-dan': defineCollection({ loader: yamlLoader('trich-dan'), schema: dataSchemas['trich-dan'] }),
};
