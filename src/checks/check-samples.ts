/**
 * Illustrative content never borrows a real unit, campaign, issuer or source,
 * and real content never rests on an illustrative one. A sample unit or
 * campaign is told apart by its file name ("…-minh-hoa.yaml"), so an entry
 * is checked against the content index without reading the data files.
 */
import type { Locate } from '../lib/error-map.ts';
import { fold } from '../lib/fold.ts';
import type { Problem } from '../lib/problems.ts';
import { isIllustrativeUrl, SAMPLE_ID_SUFFIX, SAMPLE_WORD } from '../lib/samples.ts';
import type { ContentIndex } from './content-index.ts';
import { valuesAt } from './references.ts';

/** Whether a unit or campaign id names a sample ("…-minh-hoa"). */
export const isSampleId = (id: string) => id.endsWith(SAMPLE_ID_SUFFIX);

/** Whether a name says it is illustrative ("(minh họa)", with or without accents). */
const saysSample = (text: unknown) => typeof text === 'string' && fold(text).includes(fold(SAMPLE_WORD));

type Raw = Record<string, unknown>;

/** The references of an entry or a unit to units and campaigns, with what they point at. */
const sampleRefs: Record<'entry' | 'don-vi', [path: string, target: 'units' | 'campaigns'][]> = {
  entry: [
    ['units.*', 'units'],
    ['campaigns.*', 'campaigns'],
    ['recognitions.*.campaign', 'campaigns'],
    ['parentUnit', 'units'],
  ],
  'don-vi': [['parent', 'units']],
};
const what = { units: 'đơn vị', campaigns: 'phong trào' } as const;
const folder = { units: 'content/don-vi', campaigns: 'content/phong-trao' } as const;

function at(file: string, locate: Locate, path: (string | number)[], message: string, fix: string): Problem {
  return { file, ...locate(path), field: path.join('.'), message, fix };
}

/** A sample's references must point at samples; a real item's never do. */
function referenceProblems(
  kind: 'entry' | 'don-vi',
  raw: Raw,
  sample: boolean,
  index: ContentIndex,
  file: string,
  locate: Locate,
) {
  const problems: Problem[] = [];
  for (const [fieldPath, target] of sampleRefs[kind]) {
    for (const [value, path] of valuesAt(raw, fieldPath.split('.'))) {
      // A reference to nothing is reported by references.ts.
      if (typeof value !== 'string' || !index[target].has(value) || isSampleId(value) === sample) continue;
      problems.push(
        sample
          ? at(
              file,
              locate,
              path,
              `Nội dung minh họa (sample: true) chỉ được gắn với ${what[target]} minh họa; "${value}" là ${what[target]} có thật.`,
              `Gắn với một ${what[target]} minh họa (tệp …${SAMPLE_ID_SUFFIX}.yaml trong ${folder[target]}) hoặc bỏ dòng này.`,
            )
          : at(
              file,
              locate,
              path,
              `Mục có thật không được gắn với ${what[target]} minh họa "${value}" (tên tệp kết thúc bằng "${SAMPLE_ID_SUFFIX}").`,
              `Gắn với ${what[target]} có thật mà nguồn nêu, hoặc bỏ dòng này.`,
            ),
      );
    }
  }
  return problems;
}

/** A sample's sources: published by an illustrative publisher, at an example address if any. */
function sourceProblems(raw: Raw, file: string, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  for (const [source, path] of valuesAt(raw, ['sources', '*'])) {
    if (!source || typeof source !== 'object') continue;
    const { publisher, url } = source as Raw;
    if (typeof publisher === 'string' && !saysSample(publisher))
      problems.push(
        at(
          file,
          locate,
          [...path, 'publisher'],
          `Nguồn của nội dung minh họa phải ghi nơi đăng minh họa, tên có chữ "(${SAMPLE_WORD})"; đang ghi "${publisher}".`,
          `Ghi tên nơi đăng minh họa, ví dụ "Bản tin phường Mẫu (${SAMPLE_WORD})".`,
        ),
      );
    if (typeof url === 'string' && !isIllustrativeUrl(url))
      problems.push(
        at(
          file,
          locate,
          [...path, 'url'],
          `Nguồn của nội dung minh họa chỉ được dẫn tới địa chỉ dành cho ví dụ; "${url}" không phải địa chỉ như vậy.`,
          'Dùng địa chỉ dành cho ví dụ, như https://example.org/bai-minh-hoa, hoặc bỏ dòng url.',
        ),
      );
  }
  return problems;
}

/** Rules for an entry: a sample names only samples; a real entry names no sample. */
export function checkSampleEntry(raw: Raw, index: ContentIndex, file: string, locate: Locate): Problem[] {
  const sample = raw.sample === true;
  const problems = referenceProblems('entry', raw, sample, index, file, locate);
  if (!sample) return problems;
  for (const [issuer, path] of valuesAt(raw, ['recognitions', '*', 'issuer'])) {
    if (typeof issuer === 'string' && !saysSample(issuer))
      problems.push(
        at(
          file,
          locate,
          path,
          `Nội dung minh họa chỉ được ghi khen thưởng của một đơn vị minh họa, tên có chữ "(${SAMPLE_WORD})"; đang ghi "${issuer}".`,
          `Ghi tên một đơn vị minh họa, ví dụ "Ủy ban nhân dân phường Mẫu (${SAMPLE_WORD})", hoặc bỏ lần khen này.`,
        ),
      );
  }
  return [...problems, ...sourceProblems(raw, file, locate)];
}

/** Rules for a unit or campaign file: a sample says so in its name and file name, and cites no real source. */
export function checkSampleData(
  collection: 'don-vi' | 'phong-trao',
  id: string,
  raw: Raw,
  index: ContentIndex,
  file: string,
  locate: Locate,
): Problem[] {
  const sample = raw.sample === true;
  const noun = collection === 'don-vi' ? 'Đơn vị' : 'Phong trào';
  const problems = collection === 'don-vi' ? referenceProblems('don-vi', raw, sample, index, file, locate) : [];
  if (!sample) {
    if (isSampleId(id))
      problems.push(
        at(
          file,
          locate,
          ['sample'],
          `Tên tệp kết thúc bằng "${SAMPLE_ID_SUFFIX}" dành cho ${noun.toLowerCase()} minh họa, nhưng tệp không ghi "sample: true".`,
          `Nếu ${noun.toLowerCase()} có thật, đổi tên tệp (bỏ "${SAMPLE_ID_SUFFIX}"); nếu là minh họa, thêm dòng "sample: true".`,
        ),
      );
    return problems;
  }
  if (!isSampleId(id))
    problems.push(
      at(
        file,
        locate,
        ['sample'],
        `${noun} minh họa phải có tên tệp kết thúc bằng "${SAMPLE_ID_SUFFIX}.yaml".`,
        `Đổi tên tệp thành "${id}${SAMPLE_ID_SUFFIX}.yaml" (và sửa các mục đang gắn với mã "${id}").`,
      ),
    );
  if (typeof raw.name === 'string' && !saysSample(raw.name))
    problems.push(
      at(
        file,
        locate,
        ['name'],
        `${noun} minh họa phải có chữ "(${SAMPLE_WORD})" trong tên, để người đọc không nhầm với ${noun.toLowerCase()} có thật.`,
        `Viết thêm "(${SAMPLE_WORD})" vào cuối tên, ví dụ "${raw.name} (${SAMPLE_WORD})".`,
      ),
    );
  if (collection === 'phong-trao' && typeof raw.issuer === 'string' && !saysSample(raw.issuer))
    problems.push(
      at(
        file,
        locate,
        ['issuer'],
        `Phong trào minh họa chỉ được ghi cơ quan ban hành minh họa, tên có chữ "(${SAMPLE_WORD})"; đang ghi "${raw.issuer}".`,
        `Ghi tên một đơn vị minh họa, ví dụ "Ủy ban nhân dân phường Mẫu (${SAMPLE_WORD})".`,
      ),
    );
  return [...problems, ...sourceProblems(raw, file, locate)];
}
