/**
 * The field explanations of the schemas: the Vietnamese JSDoc comments
 * (`/** … *\/`) written just above each field in src/schemas/*.ts, read with
 * the TypeScript compiler API. One reader for every tool that shows them: the
 * JSON Schemas for VS Code (scripts/editor/json-schema.ts) and the `#`
 * comments of the `npm run new` templates (scripts/lib/new-entry.ts for entries,
 * scripts/lib/new-data-file.ts for data files, both through scripts/lib/yaml-writer.ts).
 *
 * How a JSDoc text finds its property: every object literal in src/schemas
 * that is a shape (the first argument of `z.strictObject(…)`/`z.object(…)`, or
 * an object a function returns, like `entryShape`) is read with its own keys
 * (spreads excluded) and each key's JSDoc. A field of an object — whose keys
 * the caller knows, from a zod shape or a generated JSON Schema — takes its
 * text from the literals whose whole key set is a subset of the object's keys,
 * preferring the largest such literal (`src` of a gallery item comes from the
 * gallery literal, not the cover one, whose keys are also a subset). A field
 * with no text, or two equally good literals that disagree, is an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The project root, for the file names in messages ("src/schemas/media.ts:19"). */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder of the schema files. */
export const SCHEMA_SOURCES = path.join(ROOT, 'src', 'schemas');

/** An object literal of a schema file: its own keys and their JSDoc texts. */
export interface ShapeLiteral {
  /** "src/schemas/media.ts:19", for messages. */
  where: string;
  /** The literal's own keys (spreads excluded). */
  keys: ReadonlySet<string>;
  /** Each key's JSDoc text, whitespace collapsed; `undefined` when it has none. */
  docs: ReadonlyMap<string, string | undefined>;
}

const SHAPE_FACTORIES = new Set(['strictObject', 'object', 'looseObject']);

function keyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

function isShape(node: ts.ObjectLiteralExpression): boolean {
  const parent = node.parent;
  if (ts.isReturnStatement(parent)) return true;
  return (
    ts.isCallExpression(parent) &&
    parent.arguments[0] === node &&
    ts.isPropertyAccessExpression(parent.expression) &&
    SHAPE_FACTORIES.has(parent.expression.name.text)
  );
}

/** The object-literal shapes of one schema file, `fileName` naming it in messages. */
export function shapeLiterals(fileName: string, text: string): ShapeLiteral[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ShapeLiteral[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node) && isShape(node)) {
      const docs = new Map<string, string | undefined>();
      for (const property of node.properties) {
        if (ts.isSpreadAssignment(property) || !property.name) continue;
        const key = keyName(property.name);
        if (key === undefined) continue;
        const jsDoc = ts.getJSDocCommentsAndTags(property).filter(ts.isJSDoc).at(-1);
        const comment = jsDoc ? ts.getTextOfJSDocComment(jsDoc.comment) : undefined;
        docs.set(key, comment?.replace(/\s+/g, ' ').trim() || undefined);
      }
      if (docs.size) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ where: `${fileName}:${line}`, keys: new Set(docs.keys()), docs });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The shapes of every file in src/schemas (or another folder of schema files), in file-name order. */
export function readShapeLiterals(dir: string = SCHEMA_SOURCES): ShapeLiteral[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort();
  const all: ShapeLiteral[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    all.push(...shapeLiterals(path.relative(ROOT, file).split(path.sep).join('/'), readFileSync(file, 'utf8')));
  }
  return all;
}

/**
 * The JSDoc text of `key` in an object with these keys, from the largest
 * shape literal whose keys are all among them. Throws, in Vietnamese and
 * naming `at` (where the field is, e.g. "ca-nhan.sources[].title"), when no
 * literal declares the field, when it has no comment, or when equally good
 * literals disagree.
 */
export function jsDocFor(
  key: string,
  objectKeys: ReadonlySet<string>,
  shapes: readonly ShapeLiteral[],
  at: string,
): string {
  const candidates = shapes.filter((s) => s.keys.has(key) && [...s.keys].every((k) => objectKeys.has(k)));
  if (!candidates.length) throw new Error(`${at}: không tìm thấy khai báo của trường "${key}" trong src/schemas.`);
  const size = Math.max(...candidates.map((s) => s.keys.size));
  const best = candidates.filter((s) => s.keys.size === size);
  const texts = new Set(best.map((s) => s.docs.get(key)));
  if (texts.size > 1)
    throw new Error(`${at}: trường "${key}" khớp nhiều khai báo: ${best.map((s) => s.where).join(', ')}.`);
  const text = best[0]!.docs.get(key);
  if (!text) throw new Error(`${best[0]!.where}: trường "${key}" chưa có chú thích JSDoc (/** … */).`);
  return text;
}

/**
 * The description of field `key` in an object whose keys are `objectKeys`
 * (e.g. `Object.keys(schema.shape)`): {@link jsDocFor} for any list of keys.
 * `at` names the field in error messages; by default, the key itself.
 */
export function fieldDescription(
  shapes: readonly ShapeLiteral[],
  objectKeys: Iterable<string>,
  key: string,
  at: string = key,
): string {
  return jsDocFor(key, new Set(objectKeys), shapes, at);
}
