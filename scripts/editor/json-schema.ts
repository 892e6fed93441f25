/**
 * JSON Schemas for editors: field names, vocabulary values and Vietnamese
 * explanations as they type in VS Code.
 *
 * Generated from the zod schemas in src/schemas/ (z.toJSONSchema); each field's
 * explanation is the JSDoc comment right above it in src/schemas/*.ts, so it is
 * written in one place: edit the comment, run this again. One file per
 * collection: .vscode/schemas/<collection>.schema.json.
 *
 *   npm run schema:json
 *
 * test/unit/json-schema.test.ts checks that the committed files match
 * buildJsonSchemas() byte for byte.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import * as prettier from 'prettier';
import { fieldDescription, readShapeLiterals, type ShapeLiteral } from '../lib/schema-docs.ts';
import { kinds, type KindId } from '../../src/data/kinds.ts';
import { dataSchemas, entrySchemas } from '../../src/schemas/index.ts';
import { imagePath } from '../../src/schemas/media.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the schemas are written, relative to the project root. */
export const OUTPUT_DIR = '.vscode/schemas';

type Collection = keyof typeof entrySchemas | keyof typeof dataSchemas;

/** What the top of each schema says: which files it describes. */
const COLLECTIONS: Record<Collection, { title: string; files: string }> = {
  ...(Object.fromEntries(
    kinds.map((k) => [k.id, { title: k.label, files: `phần đầu tệp content/${k.id}/<ma-muc>/index.mdx` }]),
  ) as Record<KindId, { title: string; files: string }>),
  'don-vi': { title: 'Đơn vị', files: 'tệp content/don-vi/<ma>.yaml' },
  'phong-trao': { title: 'Phong trào, văn bản, đợt biểu dương', files: 'tệp content/phong-trao/<ma>.yaml' },
  'bo-suu-tap': { title: 'Bộ sưu tập', files: 'tệp content/bo-suu-tap/<ma>.yaml' },
  'trich-dan': { title: 'Trích dẫn', files: 'tệp content/trich-dan/<ma>.yaml' },
};

// ------------------------------------------------------------ JSON Schema

type Json = { [key: string]: unknown };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The pattern of an image path, as `imagePath` writes it. */
const IMAGE_PATTERN = (z.toJSONSchema(imagePath()) as Json).pattern;

/**
 * Adjustments zod cannot know (dates carry `format: date` as metadata,
 * src/schemas/common.ts): image paths get an example; the upper bound of a year,
 * which is "next year" and would change the files every 1 January, is left out.
 */
function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: z.core.JSONSchema.BaseSchema }) {
  const { zodSchema, jsonSchema } = ctx;
  const def = zodSchema._zod.def;
  if (def.type === 'string') {
    if (jsonSchema.pattern === IMAGE_PATTERN) jsonSchema.examples = ['./anh-bia.jpg', './anh-1.jpg'];
  }
  if (def.type === 'number' && jsonSchema.type === 'integer' && jsonSchema.maximum === new Date().getFullYear() + 1)
    delete jsonSchema.maximum;
}

/** Puts each property's JSDoc text first in its schema, all the way down. */
function annotate(node: unknown, shapes: readonly ShapeLiteral[], at: string): unknown {
  if (Array.isArray(node)) return node.map((item, i) => annotate(item, shapes, `${at}[${i}]`));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isObject(value)) {
      const keys = Object.keys(value);
      const properties: Json = {};
      for (const [name, schema] of Object.entries(value)) {
        const where = `${at}.${name}`;
        properties[name] = {
          description: fieldDescription(shapes, keys, name, where),
          ...(annotate(schema, shapes, where) as Json),
        };
      }
      out[key] = properties;
    } else if (key === 'enum' || key === 'examples' || key === 'default' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = annotate(value, shapes, key === 'items' ? `${at}[]` : at);
    }
  }
  return out;
}

/** The JSON Schema of one collection, as an object. */
export function collectionJsonSchema(collection: Collection, shapes: readonly ShapeLiteral[]): Json {
  const schema: z.ZodType =
    collection in entrySchemas
      ? entrySchemas[collection as keyof typeof entrySchemas](imagePath)
      : dataSchemas[collection as keyof typeof dataSchemas];
  const generated = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    override,
  }) as Json;
  const { $schema, ...rest } = generated;
  const { title, files } = COLLECTIONS[collection];
  return {
    $schema,
    title,
    description: `${title}: ${files}. Sinh từ src/schemas bằng "npm run schema:json"; đừng sửa tay.`,
    ...(annotate(rest, shapes, collection) as Json),
  };
}

/** Every collection's schema file: path relative to the project root → text (formatted as Prettier would). */
export async function buildJsonSchemas(): Promise<Map<string, string>> {
  const shapes = readShapeLiterals();
  const files = new Map<string, string>();
  for (const collection of Object.keys(COLLECTIONS) as Collection[]) {
    const file = `${OUTPUT_DIR}/${collection}.schema.json`;
    const json = JSON.stringify(collectionJsonSchema(collection, shapes), null, 2);
    const options = (await prettier.resolveConfig(path.join(ROOT, file))) ?? {};
    files.set(file, await prettier.format(json, { ...options, filepath: path.join(ROOT, file) }));
  }
  return files;
}

// ------------------------------------------------------------ command line

if (import.meta.main) {
  const files = await buildJsonSchemas();
  await mkdir(path.join(ROOT, OUTPUT_DIR), { recursive: true });
  for (const [file, text] of files) {
    await writeFile(path.join(ROOT, file), text);
    console.log(`Đã ghi ${file}`);
  }
}
