import { defineCollection } from 'astro:content';
import { entryLoader } from './loaders/entry-loader.ts';
import { yamlLoader } from './loaders/yaml-loader.ts';
import { campaignSchema } from './schemas/campaign.ts';
import { collectionSchema } from './schemas/collection.ts';
import { collectiveSchema } from './schemas/collective.ts';
import { sourceImage } from './schemas/media.ts';
import { modelSchema } from './schemas/model.ts';
import { personSchema } from './schemas/person.ts';
import { quotationSchema } from './schemas/quote.ts';
import { unitSchema } from './schemas/unit.ts';

/** Wires loaders to schemas; nothing else lives here. */
export const collections = {
  'ca-nhan': defineCollection({ loader: entryLoader('ca-nhan'), schema: personSchema(sourceImage) }),
  'tap-the': defineCollection({ loader: entryLoader('tap-the'), schema: collectiveSchema(sourceImage) }),
  'mo-hinh': defineCollection({ loader: entryLoader('mo-hinh'), schema: modelSchema(sourceImage) }),
  'don-vi': defineCollection({ loader: yamlLoader('don-vi'), schema: unitSchema }),
  'phong-trao': defineCollection({ loader: yamlLoader('phong-trao'), schema: campaignSchema }),
  'bo-suu-tap': defineCollection({ loader: yamlLoader('bo-suu-tap'), schema: collectionSchema }),
  'trich-dan': defineCollection({ loader: yamlLoader('trich-dan'), schema: quotationSchema }),
};
