/** One place that maps each collection to its schema, for the loaders, the build and editor tools. */
import type { KindId } from '../data/kinds.ts';
import { campaignSchema } from './campaign.ts';
import { collectiveSchema } from './collective.ts';
import { collectionSchema } from './collection.ts';
import { modelSchema } from './model.ts';
import { personSchema } from './person.ts';
import { quotationSchema } from './quote.ts';
import { unitSchema } from './unit.ts';

/** Entry schemas by kind, built with an image helper. */
export const entrySchemas = {
  'ca-nhan': personSchema,
  'tap-the': collectiveSchema,
  'mo-hinh': modelSchema,
} as const satisfies Record<KindId, unknown>;

/** Schemas of the YAML data collections. */
export const dataSchemas = {
  'don-vi': unitSchema,
  'phong-trao': campaignSchema,
  'bo-suu-tap': collectionSchema,
  'trich-dan': quotationSchema,
} as const;

export type DataCollection = keyof typeof dataSchemas;
