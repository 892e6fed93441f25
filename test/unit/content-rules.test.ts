/** The small rules behind check:content's limits: ids, sizes, YAML hazards. */
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/format.ts';
import { MAX_FILE_BYTES } from '../../src/lib/limits.ts';
import { isSlug } from '../../src/lib/slug.ts';
import { checkId } from '../../src/checks/check-id.ts';
import { yamlHazards } from '../../src/checks/yaml-safety.ts';

describe('isSlug', () => {
  it.each(['quan-uy-o-mon', 'cho-0-dong', 'a', '2025'])('accepts %s', (id) => expect(isSlug(id)).toBe(true));
  it.each(['..', '.', '', 'Quan-uy', 'quan uy', 'quận-ủy', '-a', 'a-', 'a--b', 'a/b', '.hidden'])('refuses %j', (id) =>
    expect(isSlug(id)).toBe(false),
  );
});

describe('checkId', () => {
  it('accepts a slug', () => {
    expect(checkId('content/don-vi/quan-uy-o-mon.yaml', 'quan-uy-o-mon', 'Quận ủy Ô Môn')).toEqual([]);
  });

  it('suggests the slug of the name, else of the id, else an example', () => {
    expect(checkId('content/don-vi/...yaml', '..', 'Quận ủy Ô Môn')[0]?.fix).toBe(
      'Đổi tên tệp thành "quan-uy-o-mon.yaml".',
    );
    expect(checkId('content/trich-dan/Thi Dua.yaml', 'Thi Dua', undefined)[0]?.fix).toBe(
      'Đổi tên tệp thành "thi-dua.yaml".',
    );
    expect(checkId('content/tap-the/.../index.mdx', '...', 42)[0]).toEqual({
      file: 'content/tap-the/.../index.mdx',
      field: 'tệp',
      message: 'Tên thư mục "..." không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.',
      fix: 'Đổi tên thư mục theo tên của mục, viết thường không dấu, nối bằng dấu gạch ngang (ví dụ "quan-uy-o-mon").',
    });
  });
});

describe('formatBytes', () => {
  it('writes sizes the Vietnamese way', () => {
    expect(formatBytes(MAX_FILE_BYTES)).toBe('200 KB');
    expect(formatBytes(16_462_643)).toBe('15,7 MB');
    expect(formatBytes(1500)).toBe('2 KB');
  });
});

describe('yamlHazards', () => {
  it('finds nothing in ordinary YAML, "&" and "*" inside text included', () => {
    const yaml = 'title: Tom & Jerry\nsummary: "*quan trọng*"\nfields: [a, b]\nplace:\n  province: Cần Thơ\n';
    expect(yamlHazards(yaml)).toEqual([]);
  });

  it('finds an anchor, an alias and a merge key, reporting the first', () => {
    expect(yamlHazards('a: 1\nb: &x 2\nc: *x\n').map((h) => h.offset)).toEqual([8]);
    expect(yamlHazards('a: 1\n<<: {b: 2}\n').map((h) => h.offset)).toEqual([5]);
  });

  it('allows 20 levels and refuses 21', () => {
    expect(yamlHazards(`a: ${'['.repeat(19)}${']'.repeat(19)}`)).toEqual([]);
    expect(yamlHazards(`a: ${'['.repeat(20)}${']'.repeat(20)}`)).toHaveLength(1);
  });
});
