import type { Locate } from '../lib/error-map.ts';
import type { Problem } from '../lib/problems.ts';
import { suggest } from '../lib/suggest.ts';
import type { ContentIndex } from './content-index.ts';

type Target = 'units' | 'campaigns' | 'entries';

const folderOf: Record<Target, string> = {
  units: 'content/don-vi',
  campaigns: 'content/phong-trao',
  entries: 'content/ca-nhan, content/tap-the, content/mo-hinh',
};
const nameOf: Record<Target, string> = { units: 'Đơn vị', campaigns: 'Phong trào', entries: 'Mục' };

/** Where each collection's data points at other items. */
const referenceFields: Record<string, [path: string, target: Target][]> = {
  entry: [
    ['units.*', 'units'],
    ['campaigns.*', 'campaigns'],
    ['recognitions.*.campaign', 'campaigns'],
    ['parentUnit', 'units'],
    ['related.*', 'entries'],
  ],
  'don-vi': [['parent', 'units']],
  'bo-suu-tap': [['entries.*', 'entries']],
};

/** Every value at a dotted path ("recognitions.*.campaign"), with its path. */
export function* valuesAt(
  data: unknown,
  parts: string[],
  path: (string | number)[] = [],
): Generator<[unknown, (string | number)[]]> {
  if (!parts.length) {
    yield [data, path];
    return;
  }
  const [head, ...rest] = parts;
  if (head === '*') {
    if (Array.isArray(data)) for (let i = 0; i < data.length; i++) yield* valuesAt(data[i], rest, [...path, i]);
  } else if (data && typeof data === 'object' && head! in data) {
    yield* valuesAt((data as Record<string, unknown>)[head!], rest, [...path, head!]);
  }
}

/** Every reference in an item that points at nothing, as a problem naming the file and the value. */
export function checkReferences(
  collection: 'entry' | 'don-vi' | 'bo-suu-tap',
  data: unknown,
  index: ContentIndex,
  file: string,
  locate: Locate,
): Problem[] {
  const problems: Problem[] = [];
  for (const [fieldPath, target] of referenceFields[collection] ?? []) {
    for (const [value, path] of valuesAt(data, fieldPath.split('.'))) {
      if (typeof value !== 'string' || index[target].has(value)) continue;
      const guess = suggest(value, [...index[target]]);
      problems.push({
        file,
        ...locate(path),
        field: path.join('.'),
        message: `${nameOf[target]} "${value}" không tồn tại.`,
        fix: guess
          ? `Bạn có định viết "${guess}" không?`
          : `Dùng tên tệp của một mục trong ${folderOf[target]}, hoặc tạo mục đó trước.`,
      });
    }
  }
  return problems;
}
