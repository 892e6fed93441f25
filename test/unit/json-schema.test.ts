/**
 * The JSON Schemas editors get in VS Code (.vscode/schemas) are generated from
 * src/schemas by scripts/editor/json-schema.ts; they must not drift from it,
 * and their descriptions must be the JSDoc texts of the schema files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedProvinceNames } from '../../src/data/provinces.ts';
import { buildJsonSchemas } from '../../scripts/editor/json-schema.ts';
import { shapeLiterals } from '../../scripts/lib/schema-docs.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Schema = { [key: string]: unknown } & {
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  required?: string[];
};

let files: Map<string, string>;
const schema = (collection: string): Schema => JSON.parse(files.get(`.vscode/schemas/${collection}.schema.json`)!);

beforeAll(async () => {
  files = await buildJsonSchemas();
});

describe('the committed JSON Schemas', () => {
  it('cover the seven collections', () => {
    expect([...files.keys()].sort()).toEqual(
      ['bo-suu-tap', 'ca-nhan', 'don-vi', 'mo-hinh', 'phong-trao', 'tap-the', 'trich-dan'].map(
        (c) => `.vscode/schemas/${c}.schema.json`,
      ),
    );
  });

  it('are what src/schemas generates, byte for byte', async () => {
    for (const [file, expected] of files) {
      const committed = await readFile(path.join(ROOT, file), 'utf8').catch(() => '(tệp không có)');
      expect(committed, `${file} đã cũ so với src/schemas: chạy "npm run schema:json" rồi commit kết quả.`).toBe(
        expected,
      );
    }
  });
});

describe('descriptions come from the JSDoc comments', () => {
  it('an entry field', () => {
    expect(schema('ca-nhan').properties!.summary!.description).toBe(
      'Tóm tắt một hoặc hai câu: hiện trên thẻ, trong kết quả tìm kiếm và mô tả trang.',
    );
  });

  it('the same key in different objects: the title of a source is not the title of an entry', () => {
    const person = schema('ca-nhan').properties!;
    expect(person.title!.description).toBe('Họ tên người, tên tập thể hoặc tên mô hình.');
    expect(person.sources!.items!.properties!.title!.description).toBe('Tiêu đề bài viết hoặc văn bản.');
    expect(schema('bo-suu-tap').properties!.title!.description).toBe('Tên bộ sưu tập.');
  });

  it('a gallery image is described by the gallery, not by the cover whose keys it also has', () => {
    const person = schema('ca-nhan').properties!;
    expect(person.cover!.properties!.src!.description).toContain('./anh-bia.jpg');
    expect(person.gallery!.items!.properties!.src!.description).toContain('./hoat-dong-1.jpg');
  });

  it('every property of every schema has one', () => {
    const missing: string[] = [];
    const walk = (node: Schema, at: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) missing.push(`${at}.${key}`);
        walk(child, `${at}.${key}`);
      }
      if (node.items) walk(node.items, `${at}[]`);
    };
    for (const file of files.keys()) walk(schema(path.basename(file, '.schema.json')), file);
    expect(missing).toEqual([]);
  });

  it('a field without a JSDoc comment is found', () => {
    const shapes = shapeLiterals(
      'x.ts',
      'export const s = z.strictObject({\n  /** Có chú thích. */\n  a: text("a"),\n  b: text("b"),\n});',
    );
    expect(shapes).toHaveLength(1);
    expect(shapes[0]!.docs.get('a')).toBe('Có chú thích.');
    expect(shapes[0]!.docs.get('b')).toBeUndefined();
  });
});

describe('vocabularies and formats', () => {
  it('the 63 province names, the six "TP. …" forms and "Thừa Thiên Huế" are the enum of place.province', () => {
    const province = schema('ca-nhan').properties!.place!.properties!.province!;
    expect(province.enum).toHaveLength(70);
    expect(province.enum).toEqual([...acceptedProvinceNames]);
    expect(province.enum).toContain('Cần Thơ');
    expect(province.enum).toContain('TP. Cần Thơ');
    expect(province.enum).toContain('Thừa Thiên Huế');
  });

  it('fields and recognition forms are enums', () => {
    const model = schema('mo-hinh').properties!;
    expect(model.fields!.items!.enum).toContain('An sinh xã hội, từ thiện');
    expect(model.recognitions!.items!.properties!.form!.enum).toContain('Bằng khen');
  });

  it('images are paths beside index.mdx, dates are năm-tháng-ngày, years have no moving upper bound', () => {
    const person = schema('ca-nhan').properties!;
    expect(person.cover!.properties!.src).toMatchObject({ type: 'string', examples: ['./anh-bia.jpg', './anh-1.jpg'] });
    expect(new RegExp(person.cover!.properties!.src!.pattern as string).test('./anh-bia.jpg')).toBe(true);
    expect(person.published).toMatchObject({ type: 'string', format: 'date' });
    expect(person.birthYear).not.toHaveProperty('maximum');
  });

  it('required fields are required; fields with a default are not', () => {
    const person = schema('ca-nhan');
    expect(person.required).toEqual(expect.arrayContaining(['title', 'summary', 'position', 'sources']));
    // Whether a person is alive is often not stated by a source years old: not required.
    expect(person.required).not.toContain('living');
    expect(person.required).not.toContain('units');
    expect(person.additionalProperties).toBe(false);
  });
});
