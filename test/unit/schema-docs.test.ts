/**
 * scripts/lib/schema-docs.ts: the one reader of the schemas' JSDoc comments, used
 * by the JSON Schemas for VS Code and the `npm run new` template.
 */
import { describe, expect, it } from 'vitest';
import { fieldDescription, jsDocFor, readShapeLiterals, shapeLiterals } from '../../scripts/lib/schema-docs.ts';

const source = [
  'export const a = z.object({',
  '  /**',
  '   * Dòng một',
  '   * dòng hai.',
  '   */',
  '  x: z.string(),',
  '  /** Nhóm. */',
  '  g: z.object({',
  '    /** Con. */',
  '    y: z.number(),',
  '  }),',
  '  z: z.string(),',
  '});',
  'export function b() {',
  '  return {',
  '    ...a.shape,',
  '    /** Ảnh của b. */',
  '    src: z.string(),',
  '    /** Mô tả của b. */',
  '    alt: z.string(),',
  '  };',
  '}',
  'export const c = z.strictObject({',
  '  /** Ảnh của c. */',
  '  src: z.string(),',
  '});',
  'export const d = z.strictObject({',
  '  /** Ảnh của d. */',
  '  src: z.string(),',
  '});',
].join('\n');

describe('shapeLiterals', () => {
  const shapes = shapeLiterals('a.ts', source);

  it('reads each shape with its own keys (spreads left out), comments joined on one line', () => {
    expect(shapes.map((s) => [s.where, [...s.keys]])).toEqual([
      ['a.ts:1', ['x', 'g', 'z']],
      ['a.ts:8', ['y']],
      ['a.ts:15', ['src', 'alt']],
      ['a.ts:23', ['src']],
      ['a.ts:27', ['src']],
    ]);
    expect(shapes[0]!.docs.get('x')).toBe('Dòng một dòng hai.');
    expect(shapes[0]!.docs.get('z')).toBeUndefined();
  });

  it('finds a field by the keys of its object, the largest matching shape first', () => {
    expect(fieldDescription(shapes, ['x', 'g', 'z'], 'g')).toBe('Nhóm.');
    expect(fieldDescription(shapes, ['y'], 'y')).toBe('Con.');
    expect(fieldDescription(shapes, new Set(['x', 'g', 'z', 'src', 'alt']), 'src')).toBe('Ảnh của b.');
    expect(jsDocFor('alt', new Set(['src', 'alt']), shapes, 'b.alt')).toBe('Mô tả của b.');
  });

  it('stops on a field with no comment, no declaration, or two that disagree', () => {
    expect(() => fieldDescription(shapes, ['x', 'g', 'z'], 'z')).toThrow(
      'a.ts:1: trường "z" chưa có chú thích JSDoc (/** … */).',
    );
    expect(() => fieldDescription(shapes, ['q'], 'q', 'thử.q')).toThrow(
      'thử.q: không tìm thấy khai báo của trường "q" trong src/schemas.',
    );
    expect(() => fieldDescription(shapes, ['src'], 'src')).toThrow(
      'src: trường "src" khớp nhiều khai báo: a.ts:23, a.ts:27.',
    );
  });
});

describe('readShapeLiterals', () => {
  it('reads every file of src/schemas, named from the project root', () => {
    const shapes = readShapeLiterals();
    expect(shapes.length).toBeGreaterThan(10);
    expect(shapes.every((s) => /^src\/schemas\/[a-z-]+\.ts:\d+$/.test(s.where))).toBe(true);
    expect(fieldDescription(shapes, ['province', 'central', 'district', 'commune'], 'commune')).toBe(
      'Xã, phường, thị trấn, ghi tự do.',
    );
  });
});
