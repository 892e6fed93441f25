/**
 * Every schema: one valid input that parses, and invalid inputs with the
 * Vietnamese message an editor reads, pinned word for word.
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { collectionSchema } from '../../src/schemas/collection.ts';
import { collectiveSchema } from '../../src/schemas/collective.ts';
import { isRealDate, MIN_YEAR } from '../../src/schemas/common.ts';
import { entryRefSchema } from '../../src/schemas/entry.ts';
import { dataSchemas, entrySchemas } from '../../src/schemas/index.ts';
import { coverSchema, galleryItemSchema, imagePath } from '../../src/schemas/media.ts';
import { modelFormSchema, modelSchema, outputSchema } from '../../src/schemas/model.ts';
import { consentSchema, personSchema } from '../../src/schemas/person.ts';
import { placeSchema } from '../../src/schemas/place.ts';
import { pullQuoteSchema, quotationSchema } from '../../src/schemas/quote.ts';
import { recognitionSchema } from '../../src/schemas/recognition.ts';
import { sourceSchema, sourcesSchema } from '../../src/schemas/source.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

const person = personSchema(imagePath);
const collective = collectiveSchema(imagePath);
const model = modelSchema(imagePath);
const cover = coverSchema(imagePath);
const galleryItem = galleryItemSchema(imagePath);

/** Next year: the latest year a `year()` field accepts. */
const MAX_YEAR = new Date().getFullYear() + 1;

/** [dotted path, message] of every issue, or [] when the input parses. */
function issues(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

/** The parsed value; fails the test with the messages when it does not parse. */
function parse(schema: z.ZodType, input: unknown): unknown {
  expect(issues(schema, input)).toEqual([]);
  return schema.parse(input);
}

function without<T extends Record<string, unknown>>(value: T, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...value };
  delete copy[key];
  return copy;
}

/** Unknown keys come out of zod in English; error-map.ts words them. Pin the issue itself. */
function unknownKeys(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error.issues
        .filter((i) => i.code === 'unrecognized_keys')
        .map((i) => ({ path: i.path.join('.'), keys: (i as { keys: string[] }).keys }));
}

// ---------------------------------------------------------------- fixtures

const sourceOk = {
  title: 'Học tập và làm theo Bác ở Ô Môn',
  publisher: 'Báo Cần Thơ',
  date: '2023-09-06',
  url: 'https://baocantho.com.vn/hoc-tap-va-lam-theo-bac',
};
const placeOk = { province: 'Sóc Trăng', district: 'huyện Mỹ Xuyên', commune: 'xã Hòa Tú 1' };
const coverOk = { src: './anh-bia.jpg', alt: 'Bà Mai trò chuyện với người dân trong ấp', credit: 'Ảnh: T.T' };
const recognitionOk = {
  year: 2023,
  form: 'Bằng khen',
  issuer: 'Ban Thường vụ Thành ủy Cần Thơ',
  reason: 'có thành tích xuất sắc trong học tập và làm theo Bác',
  campaign: 'ket-luan-01',
  decision: '123-QĐ/TU',
  date: '2023-05-19',
};
const entryOk = {
  title: 'Nguyễn Thị Mai',
  summary: 'Bí thư chi bộ ấp tận tụy, gần dân.',
  fields: ['Dân vận', 'Xây dựng Đảng'],
  place: { province: 'Cần Thơ', district: 'quận Ô Môn' },
  units: ['quan-uy-o-mon'],
  campaigns: ['ket-luan-01'],
  recognitions: [recognitionOk],
  cover: coverOk,
  gallery: [
    { src: './hoat-dong-1.png', alt: 'Buổi sinh hoạt chi bộ', caption: 'Sinh hoạt chi bộ ấp', credit: 'Ảnh: P.V' },
  ],
  quote: { text: 'Dân tin thì việc gì cũng làm được.', author: 'Nguyễn Thị Mai', role: 'Bí thư Chi bộ' },
  sources: [sourceOk],
  related: ['tap-the/quan-uy-o-mon'],
  published: '2024-01-02',
  updated: '2024-02-29',
  featured: true,
  draft: false,
  sample: false,
};
/** The smallest valid entry: only required fields. */
const entryMin = {
  title: 'Nguyễn Thị Mai',
  summary: 'Bí thư chi bộ ấp tận tụy, gần dân.',
  fields: ['Dân vận'],
  place: { province: 'Cần Thơ' },
  cover: coverOk,
  sources: [{ title: 'Bài báo', publisher: 'Báo Cần Thơ' }],
  published: '2024-01-02',
};
const personOk = { ...entryMin, position: 'Bí thư Chi bộ ấp Thới An', birthYear: 1970, gender: 'nữ', living: false };
const consentOk = { by: 'Bà Nguyễn Thị Mai', date: '2024-01-01', note: 'Đồng ý bằng văn bản qua Quận ủy' };
const collectiveOk = { ...entryMin, title: 'Chi bộ ấp Thới An', memberCount: 25, parentUnit: 'quan-uy-o-mon' };
const modelOk = {
  ...entryMin,
  title: 'Chợ 0 đồng',
  model: {
    situation: 'Nhiều hộ nghèo thiếu nhu yếu phẩm.',
    goals: 'Hỗ trợ hộ khó khăn.',
    approach: 'Vận động mạnh thường quân.',
    area: 'Phường Châu Văn Liêm',
    forces: 'Hội Phụ nữ phường',
    resources: 'Xã hội hóa',
    period: 'Từ năm 2021',
    outputs: [{ label: 'lượt người được hỗ trợ', value: 25525, unit: 'lượt người' }, { label: 'phiên chợ' }],
    replicability: 'Đã nhân rộng ra 5 phường.',
  },
};
const unitOk = {
  name: 'Quận ủy Ô Môn',
  shortName: 'Quận ủy',
  type: 'cap-uy',
  parent: 'thanh-uy-can-tho',
  province: 'Cần Thơ',
  description: 'Cấp ủy quận Ô Môn.',
  sources: [sourceOk],
};
const campaignOk = {
  name: 'Kết luận số 01-KL/TW',
  shortName: 'Kết luận 01',
  type: 'van-ban',
  issuer: 'Bộ Chính trị',
  start: '2021-05-18',
  end: '2026-05-18',
  description: 'Về tiếp tục thực hiện Chỉ thị 05-CT/TW.',
  sources: [sourceOk],
};
const collectionOk = {
  title: 'Gương sáng Cần Thơ',
  description: 'Các tấm gương tiêu biểu của thành phố.',
  entries: ['tap-the/quan-uy-o-mon', 'ca-nhan/nguyen-thi-mai', 'mo-hinh/cho-0-dong'],
  kiosk: { idleSeconds: 60, slideSeconds: 10 },
};
const quotationOk = {
  text: 'Thi đua là yêu nước, yêu nước thì phải thi đua.',
  author: 'Chủ tịch Hồ Chí Minh',
  context: 'Lời kêu gọi thi đua ái quốc',
  source: sourceOk,
  featured: true,
};

// ---------------------------------------------------------------- common

describe('isRealDate', () => {
  it('accepts real days, including 29 February of a leap year', () => {
    expect(isRealDate('2023-09-06')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-12-31')).toBe(true);
  });
  it('rejects days that do not exist and other formats', () => {
    expect(isRealDate('2023-02-31')).toBe(false);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-13-01')).toBe(false);
    expect(isRealDate('2023-00-10')).toBe(false);
    expect(isRealDate('2023-04-31')).toBe(false);
    expect(isRealDate('31/02/2023')).toBe(false);
    expect(isRealDate('2023-9-6')).toBe(false);
    expect(isRealDate('')).toBe(false);
  });
  it('has 1945 as the first year', () => {
    expect(MIN_YEAR).toBe(1945);
  });
});

describe('schema registry', () => {
  it('maps every collection to its schema', () => {
    expect(Object.keys(entrySchemas)).toEqual(['ca-nhan', 'tap-the', 'mo-hinh']);
    expect(Object.keys(dataSchemas)).toEqual(['don-vi', 'phong-trao', 'bo-suu-tap', 'trich-dan']);
    expect(dataSchemas['don-vi']).toBe(unitSchema);
    expect(issues(entrySchemas['ca-nhan'](imagePath), personOk)).toEqual([]);
  });
});

// ---------------------------------------------------------------- sub-schemas

describe('source', () => {
  it('parses a full and a minimal source', () => {
    expect(parse(sourceSchema, sourceOk)).toEqual(sourceOk);
    expect(parse(sourceSchema, { title: 'Bài báo', publisher: 'Báo Cần Thơ' })).toEqual({
      title: 'Bài báo',
      publisher: 'Báo Cần Thơ',
    });
  });

  it('trims text', () => {
    expect(parse(sourceSchema, { title: '  Bài báo ', publisher: 'Báo Cần Thơ\n' })).toEqual({
      title: 'Bài báo',
      publisher: 'Báo Cần Thơ',
    });
  });

  it('reports missing, empty and wrongly typed fields', () => {
    expect(issues(sourceSchema, {})).toEqual([
      ['title', 'Thiếu tiêu đề nguồn.'],
      ['publisher', 'Thiếu nơi đăng nguồn.'],
    ]);
    expect(issues(sourceSchema, { title: '', publisher: '   ' })).toEqual([
      ['title', 'Tiêu đề nguồn đang để trống.'],
      ['publisher', 'Nơi đăng nguồn đang để trống.'],
    ]);
    expect(issues(sourceSchema, { title: 2023, publisher: ['Báo'] })).toEqual([
      ['title', 'Tiêu đề nguồn phải là chữ.'],
      ['publisher', 'Nơi đăng nguồn phải là chữ.'],
    ]);
  });

  it('reports a text over its length', () => {
    expect(issues(sourceSchema, { ...sourceOk, title: 'x'.repeat(301) })).toEqual([
      ['title', 'Tiêu đề nguồn dài quá 300 ký tự.'],
    ]);
    expect(issues(sourceSchema, { ...sourceOk, title: 'x'.repeat(300) })).toEqual([]);
  });

  it('reports an impossible, a badly written and a non-text date', () => {
    expect(issues(sourceSchema, { ...sourceOk, date: '2023-02-31' })).toEqual([
      ['date', 'Ngày đăng nguồn "2023-02-31" không có thật trên lịch.'],
    ]);
    expect(issues(sourceSchema, { ...sourceOk, date: '31/02/2023' })).toEqual([
      ['date', 'Ngày đăng nguồn phải viết dạng năm-tháng-ngày, ví dụ 2023-09-06.'],
    ]);
    expect(issues(sourceSchema, { ...sourceOk, date: 2023 })).toEqual([
      ['date', 'Ngày đăng nguồn phải viết dạng năm-tháng-ngày, ví dụ 2023-09-06.'],
    ]);
  });

  it('reports an address that is not a URL', () => {
    expect(issues(sourceSchema, { ...sourceOk, url: 'baocantho.com.vn/bai-viet' })).toEqual([
      ['url', 'Địa chỉ nguồn phải là một URL đầy đủ, bắt đầu bằng https://.'],
    ]);
  });

  it('rejects javascript: and data: addresses', () => {
    expect(issues(sourceSchema, { ...sourceOk, url: 'javascript:alert(1)' })).toEqual([
      ['url', 'Địa chỉ nguồn phải là một URL đầy đủ, bắt đầu bằng https://.'],
    ]);
    expect(issues(sourceSchema, { ...sourceOk, url: 'data:text/html,<script>alert(1)</script>' })).toEqual([
      ['url', 'Địa chỉ nguồn phải là một URL đầy đủ, bắt đầu bằng https://.'],
    ]);
  });

  it('rejects unknown keys', () => {
    expect(unknownKeys(sourceSchema, { ...sourceOk, link: 'https://x.vn' })).toEqual([{ path: '', keys: ['link'] }]);
  });

  it('requires at least one source in a list', () => {
    expect(parse(sourcesSchema, [sourceOk])).toEqual([sourceOk]);
    expect(issues(sourcesSchema, [])).toEqual([['', 'Cần ít nhất một nguồn (sources) cho mỗi mục.']]);
    expect(issues(sourcesSchema, undefined)).toEqual([['', 'Thiếu nguồn: cần ít nhất một nguồn (sources).']]);
    expect(issues(sourcesSchema, [{ title: 'Bài báo' }])).toEqual([['0.publisher', 'Thiếu nơi đăng nguồn.']]);
  });
});

describe('place', () => {
  it('parses a current and a former province name', () => {
    expect(parse(placeSchema, placeOk)).toEqual(placeOk);
    expect(parse(placeSchema, { province: 'Cần Thơ' })).toEqual({ province: 'Cần Thơ' });
    expect(parse(placeSchema, { province: 'Bà Rịa – Vũng Tàu' })).toEqual({ province: 'Bà Rịa – Vũng Tàu' });
  });

  it('reports a province name outside the list (no accents, old nickname)', () => {
    expect(issues(placeSchema, { province: 'Quang Ninh' })).toEqual([
      ['province', 'Tỉnh, thành phố "Quang Ninh" không có trong danh mục.'],
    ]);
    expect(issues(placeSchema, { province: 'Sài Gòn' })).toEqual([
      ['province', 'Tỉnh, thành phố "Sài Gòn" không có trong danh mục.'],
    ]);
    expect(issues(placeSchema, { province: 'tỉnh Quảng Ninh' })).toEqual([
      ['province', 'Tỉnh, thành phố "tỉnh Quảng Ninh" không có trong danh mục.'],
    ]);
  });

  it('reports empty optional text and unknown keys', () => {
    expect(issues(placeSchema, { province: 'Cần Thơ', district: '', commune: ' ' })).toEqual([
      ['district', 'Quận, huyện đang để trống.'],
      ['commune', 'Xã, phường đang để trống.'],
    ]);
    expect(unknownKeys(placeSchema, { province: 'Cần Thơ', ward: 'phường 1' })).toEqual([{ path: '', keys: ['ward'] }]);
  });

  it('a central body says central: true instead of a province its sources do not name', () => {
    expect(parse(placeSchema, { central: true })).toEqual({ central: true });
    expect(issues(placeSchema, {})).toEqual([['province', 'Địa bàn (place) chưa ghi tỉnh, thành phố (province).']]);
    expect(issues(placeSchema, { province: 'Hà Nội', central: true })).toEqual([
      ['central', 'Địa bàn (place) vừa ghi tỉnh, thành phố (province) vừa ghi Trung ương (central).'],
    ]);
    expect(issues(placeSchema, { central: false })).toEqual([
      ['central', 'central chỉ ghi "true" (cơ quan, đơn vị cấp Trung ương).'],
    ]);
  });
});

describe('recognition', () => {
  it('parses a full and a minimal recognition', () => {
    expect(parse(recognitionSchema, recognitionOk)).toEqual(recognitionOk);
    expect(parse(recognitionSchema, { year: 1945, form: 'Giấy khen', issuer: 'UBND huyện' })).toEqual({
      year: 1945,
      form: 'Giấy khen',
      issuer: 'UBND huyện',
    });
    expect(parse(recognitionSchema, { year: MAX_YEAR, form: 'Tuyên dương', issuer: 'x' })).toMatchObject({
      year: MAX_YEAR,
    });
  });

  it('takes yearUnknown: true instead of a year, never both, never neither', () => {
    const unknown = { yearUnknown: true, form: 'Biểu dương', issuer: 'x' };
    expect(parse(recognitionSchema, unknown)).toEqual(unknown);
    expect(issues(recognitionSchema, { form: 'Biểu dương', issuer: 'x' })).toEqual([
      ['year', 'Lần khen thưởng này chưa ghi năm (year).'],
    ]);
    expect(issues(recognitionSchema, { ...recognitionOk, yearUnknown: true })).toEqual([
      ['yearUnknown', 'Lần khen thưởng này vừa ghi năm (year) vừa ghi không rõ năm (yearUnknown).'],
    ]);
    expect(issues(recognitionSchema, { ...unknown, yearUnknown: false })).toEqual([
      ['yearUnknown', 'yearUnknown chỉ ghi "true" (nguồn không nêu năm khen).'],
    ]);
  });

  it('reports a year out of range or not a whole number', () => {
    expect(issues(recognitionSchema, { ...recognitionOk, year: 1944 })).toEqual([
      ['year', 'Năm khen thưởng phải từ 1945 trở đi.'],
    ]);
    expect(issues(recognitionSchema, { ...recognitionOk, year: MAX_YEAR + 1 })).toEqual([
      ['year', `Năm khen thưởng không được sau năm ${MAX_YEAR}.`],
    ]);
    expect(issues(recognitionSchema, { ...recognitionOk, year: 2023.5 })).toEqual([
      ['year', 'Năm khen thưởng phải là số nguyên, ví dụ 2023.'],
    ]);
    expect(issues(recognitionSchema, { ...recognitionOk, year: '2023' })).toEqual([
      ['year', 'Năm khen thưởng phải là một số, ví dụ 2023.'],
    ]);
  });

  it('reports a form outside the list', () => {
    expect(issues(recognitionSchema, { ...recognitionOk, form: 'Bang khen' })).toEqual([
      ['form', 'Hình thức khen thưởng "Bang khen" không có trong danh mục.'],
    ]);
    expect(issues(recognitionSchema, { ...recognitionOk, form: 'Bằng Khen' })).toEqual([
      ['form', 'Hình thức khen thưởng "Bằng Khen" không có trong danh mục.'],
    ]);
  });

  it('reports an impossible decision date and a campaign that is not an id', () => {
    expect(issues(recognitionSchema, { ...recognitionOk, date: '2023-02-29' })).toEqual([
      ['date', 'Ngày quyết định "2023-02-29" không có thật trên lịch.'],
    ]);
    expect(issues(recognitionSchema, { ...recognitionOk, campaign: 'Kết luận 01' })).toEqual([
      [
        'campaign',
        'Phong trào "Kết luận 01" không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.',
      ],
    ]);
    expect(issues(recognitionSchema, { ...recognitionOk, issuer: '' })).toEqual([
      ['issuer', 'Cơ quan khen thưởng đang để trống.'],
    ]);
  });

  it('rejects unknown keys', () => {
    expect(unknownKeys(recognitionSchema, { ...recognitionOk, level: 'tỉnh' })).toEqual([
      { path: '', keys: ['level'] },
    ]);
  });
});

describe('an entry without a photo', () => {
  it('parses with no cover at all (the pages draw a typographic cover)', () => {
    const noPhoto = without(personOk, 'cover');
    expect(issues(person, noPhoto)).toEqual([]);
    expect(parse(person, noPhoto)).not.toHaveProperty('cover');
  });

  it('still checks a cover that is written', () => {
    expect(issues(person, { ...without(personOk, 'cover'), cover: { src: './anh-bia.jpg' } })).toEqual([
      ['cover.alt', 'Thiếu mô tả ảnh (alt).'],
      ['cover.credit', 'Thiếu nguồn ảnh (credit).'],
    ]);
    expect(issues(person, { ...personOk, cover: null })).toEqual([
      ['cover', 'Ảnh bìa (cover) phải gồm các dòng src, alt, credit viết thụt lề bên dưới.'],
    ]);
  });
});

describe('cover and gallery images', () => {
  it('parses an image next to index.mdx in jpg, png, webp or avif', () => {
    expect(parse(cover, coverOk)).toEqual(coverOk);
    for (const src of ['./a.jpeg', './a.png', './a.webp', './a.avif', './ANH-BIA.JPG'])
      expect(issues(cover, { ...coverOk, src })).toEqual([]);
    expect(parse(galleryItem, entryOk.gallery[0])).toEqual(entryOk.gallery[0]);
  });

  it('reports an image path that is not ./name.ext next to index.mdx', () => {
    const message = 'Ảnh phải nằm cạnh index.mdx và viết dạng ./ten-anh.jpg (jpg, png, webp hoặc avif).';
    for (const src of [
      'anh-bia.jpg',
      '../anh-bia.jpg',
      './anh/anh-bia.jpg',
      'https://example.vn/anh.jpg',
      './anh-bia.gif',
      './anh-bia',
    ])
      expect(issues(cover, { ...coverOk, src }), src).toEqual([['src', message]]);
  });

  it('reports missing, empty and long fields', () => {
    expect(issues(cover, {})).toEqual([
      ['src', 'Thiếu đường dẫn ảnh (src), ví dụ ./anh-bia.jpg.'],
      ['alt', 'Thiếu mô tả ảnh (alt).'],
      ['credit', 'Thiếu nguồn ảnh (credit).'],
    ]);
    expect(issues(cover, { ...coverOk, alt: '', credit: 'x'.repeat(121) })).toEqual([
      ['alt', 'Mô tả ảnh (alt) đang để trống.'],
      ['credit', 'Nguồn ảnh (credit) dài quá 120 ký tự.'],
    ]);
    expect(issues(galleryItem, { ...entryOk.gallery[0], caption: '' })).toEqual([
      ['caption', 'Chú thích ảnh đang để trống.'],
    ]);
  });

  it('rejects unknown keys', () => {
    expect(unknownKeys(cover, { ...coverOk, caption: 'x' })).toEqual([{ path: '', keys: ['caption'] }]);
  });
});

describe('pull quote', () => {
  it('parses', () => {
    expect(parse(pullQuoteSchema, entryOk.quote)).toEqual(entryOk.quote);
  });
  it('reports missing and empty fields, and unknown keys', () => {
    expect(issues(pullQuoteSchema, {})).toEqual([
      ['text', 'Thiếu lời trích dẫn.'],
      ['author', 'Thiếu người được trích lời.'],
    ]);
    expect(issues(pullQuoteSchema, { text: 'a', author: 'b', role: '' })).toEqual([
      ['role', 'Chức danh người được trích lời đang để trống.'],
    ]);
    expect(unknownKeys(pullQuoteSchema, { text: 'a', author: 'b', source: 'c' })).toEqual([
      { path: '', keys: ['source'] },
    ]);
  });
});

describe('entry reference', () => {
  it('accepts kind/slug and rejects anything else', () => {
    expect(issues(entryRefSchema, 'mo-hinh/cho-0-dong')).toEqual([]);
    expect(issues(entryRefSchema, 'quan-uy-o-mon')).toEqual([
      ['', 'Tham chiếu "quan-uy-o-mon" phải viết dạng loai/ma-muc, ví dụ tap-the/quan-uy-o-mon.'],
    ]);
    expect(issues(entryRefSchema, 'don-vi/quan-uy-o-mon')).toEqual([
      ['', 'Tham chiếu "don-vi/quan-uy-o-mon" phải viết dạng loai/ma-muc, ví dụ tap-the/quan-uy-o-mon.'],
    ]);
    expect(issues(entryRefSchema, 'tap-the/Quận-ủy')).toEqual([
      ['', 'Tham chiếu "tap-the/Quận-ủy" phải viết dạng loai/ma-muc, ví dụ tap-the/quan-uy-o-mon.'],
    ]);
    expect(issues(entryRefSchema, 3)).toEqual([
      ['', 'Tham chiếu mục phải viết dạng loai/ma-muc, ví dụ tap-the/quan-uy-o-mon.'],
    ]);
  });
});

// ---------------------------------------------------------------- entries

describe('person (ca-nhan)', () => {
  it('parses a full entry and fills the defaults of a minimal one', () => {
    expect(parse(person, { ...entryOk, position: 'Bí thư', living: true, consent: consentOk })).toMatchObject({
      title: 'Nguyễn Thị Mai',
      consent: consentOk,
    });
    expect(parse(person, personOk)).toEqual({
      ...personOk,
      units: [],
      campaigns: [],
      recognitions: [],
      gallery: [],
      related: [],
      featured: false,
      draft: false,
      sample: false,
    });
  });

  it('requires consent for a living person', () => {
    expect(issues(person, { ...personOk, living: true })).toEqual([
      [
        'consent',
        'Người còn sống (hoặc chưa rõ còn sống hay đã mất) cần có căn cứ đăng bài (consent): sự đồng ý của người đó, hoặc bài báo công khai việc biểu dương.',
      ],
    ]);
    expect(issues(person, { ...personOk, living: true, consent: consentOk })).toEqual([]);
  });

  it('treats a person whose sources do not say whether they are alive as living: consent is required', () => {
    const unknown = without(personOk, 'living');
    expect(issues(person, unknown).map(([path]) => path)).toEqual(['consent']);
    expect(issues(person, { ...unknown, consent: consentOk })).toEqual([]);
  });

  it('does not require consent for a sample (illustrative) person or a person who has died', () => {
    expect(issues(person, { ...personOk, living: true, sample: true })).toEqual([]);
    expect(issues(person, { ...personOk, living: false })).toEqual([]);
  });

  // Pinned: the consent rule runs only when no field "aborted" the object
  // (missing field, wrong type, value outside a list). It still runs alongside
  // softer problems (empty text, unknown keys).
  it('reports missing consent together with every other mistake', () => {
    expect(issues(person, { ...without(personOk, 'title'), living: true })).toEqual([
      ['title', 'Thiếu tiêu đề (title).'],
      [
        'consent',
        'Người còn sống (hoặc chưa rõ còn sống hay đã mất) cần có căn cứ đăng bài (consent): sự đồng ý của người đó, hoặc bài báo công khai việc biểu dương.',
      ],
    ]);
    expect(issues(person, { ...personOk, living: true, place: { province: 'Quang Ninh' } })).toEqual([
      ['place.province', 'Tỉnh, thành phố "Quang Ninh" không có trong danh mục.'],
      [
        'consent',
        'Người còn sống (hoặc chưa rõ còn sống hay đã mất) cần có căn cứ đăng bài (consent): sự đồng ý của người đó, hoặc bài báo công khai việc biểu dương.',
      ],
    ]);
    expect(issues(person, { ...personOk, living: true, title: '' })).toEqual([
      ['title', 'Tiêu đề (title) đang để trống.'],
      [
        'consent',
        'Người còn sống (hoặc chưa rõ còn sống hay đã mất) cần có căn cứ đăng bài (consent): sự đồng ý của người đó, hoặc bài báo công khai việc biểu dương.',
      ],
    ]);
    expect(issues(person, { ...personOk, living: true, titel: 'x' }).map(([path]) => path)).toEqual(['', 'consent']);
  });

  it('accepts a public report of the commendation as the basis of publication, when it is one of the sources', () => {
    const url = 'https://baocantho.com.vn/bai-bao.html';
    const basis = { source: url, date: '2025-12-07', note: 'Bài báo đưa tin bà được tuyên dương.' };
    const reported = { ...personOk, living: true, sources: [{ title: 'Bài báo', publisher: 'Báo Cần Thơ', url }] };
    expect(issues(person, { ...reported, consent: basis })).toEqual([]);
    expect((parse(person, { ...reported, consent: basis }) as { consent: unknown }).consent).toEqual(basis);
    expect(
      issues(person, { ...reported, consent: { ...basis, source: 'https://baocantho.com.vn/bai-khac.html' } }),
    ).toEqual([
      ['consent.source', 'Bài báo làm căn cứ (consent.source) phải là địa chỉ (url) của một nguồn trong sources.'],
    ]);
    expect(issues(consentSchema, { ...basis, source: 'baocantho.com.vn' })).toEqual([
      ['source', 'Bài báo làm căn cứ (consent.source) phải là một URL đầy đủ, bắt đầu bằng https://.'],
    ]);
  });

  it('needs who agreed or the public report: a date alone is no basis', () => {
    const message =
      'Cần ghi người đồng ý (consent.by) hoặc địa chỉ bài báo công khai việc biểu dương làm căn cứ đăng (consent.source).';
    expect(issues(consentSchema, { date: '2024-01-01' })).toEqual([['by', message]]);
    expect(issues(person, { ...personOk, living: true, consent: { date: '2024-01-01' } })).toEqual([
      ['consent.by', message],
    ]);
  });

  it('reports an incomplete consent', () => {
    expect(issues(person, { ...personOk, living: true, consent: { by: '' } })).toEqual([
      ['consent.by', 'Người đồng ý (consent.by) đang để trống.'],
      ['consent.date', 'Thiếu ngày đồng ý (consent.date).'],
    ]);
    expect(issues(consentSchema, { by: 'Bà Mai', date: '2024-02-30' })).toEqual([
      ['date', 'Ngày đồng ý (consent.date) "2024-02-30" không có thật trên lịch.'],
    ]);
  });

  it('reports empty, non-text and over-long text', () => {
    expect(issues(person, { ...personOk, title: '   ' })).toEqual([['title', 'Tiêu đề (title) đang để trống.']]);
    expect(issues(person, { ...personOk, title: '' })).toEqual([['title', 'Tiêu đề (title) đang để trống.']]);
    expect(issues(person, { ...personOk, title: 1975 })).toEqual([['title', 'Tiêu đề (title) phải là chữ.']]);
    expect(issues(person, { ...personOk, title: 'x'.repeat(161) })).toEqual([
      ['title', 'Tiêu đề (title) dài quá 160 ký tự.'],
    ]);
    expect(issues(person, { ...personOk, summary: 'x'.repeat(321) })).toEqual([
      ['summary', 'Tóm tắt (summary) dài quá 320 ký tự.'],
    ]);
    expect(issues(person, { ...personOk, position: '' })).toEqual([['position', 'Chức vụ (position) đang để trống.']]);
  });

  it('reports a province outside the list', () => {
    expect(issues(person, { ...personOk, place: { province: 'Quang Ninh' } })).toEqual([
      ['place.province', 'Tỉnh, thành phố "Quang Ninh" không có trong danh mục.'],
    ]);
  });

  it('reports impossible and badly written dates', () => {
    expect(issues(person, { ...personOk, published: '2023-02-31' })).toEqual([
      ['published', 'Ngày đăng (published) "2023-02-31" không có thật trên lịch.'],
    ]);
    expect(issues(person, { ...personOk, published: '31/02/2023' })).toEqual([
      ['published', 'Ngày đăng (published) phải viết dạng năm-tháng-ngày, ví dụ 2023-09-06.'],
    ]);
    expect(issues(person, { ...personOk, published: '2023-9-6' })).toEqual([
      ['published', 'Ngày đăng (published) phải viết dạng năm-tháng-ngày, ví dụ 2023-09-06.'],
    ]);
    expect(issues(person, { ...personOk, published: 20230906 })).toEqual([
      ['published', 'Ngày đăng (published) phải viết dạng năm-tháng-ngày, ví dụ 2023-09-06.'],
    ]);
    expect(issues(person, { ...personOk, updated: '2023-04-31' })).toEqual([
      ['updated', 'Ngày cập nhật (updated) "2023-04-31" không có thật trên lịch.'],
    ]);
  });

  it('reports a birth year out of range or not a whole number', () => {
    expect(issues(person, { ...personOk, birthYear: 1890 })).toEqual([]);
    expect(issues(person, { ...personOk, birthYear: 1889 })).toEqual([
      ['birthYear', 'Năm sinh (birthYear) phải từ 1890 trở đi.'],
    ]);
    expect(issues(person, { ...personOk, birthYear: MAX_YEAR + 1 })).toEqual([
      ['birthYear', `Năm sinh (birthYear) không được sau năm ${MAX_YEAR}.`],
    ]);
    expect(issues(person, { ...personOk, birthYear: 1970.5 })).toEqual([
      ['birthYear', 'Năm sinh (birthYear) phải là số nguyên, ví dụ 2023.'],
    ]);
    expect(issues(person, { ...personOk, birthYear: '1970' })).toEqual([
      ['birthYear', 'Năm sinh (birthYear) phải là một số, ví dụ 2023.'],
    ]);
  });

  it('reports a recognition year out of range, with its place in the list', () => {
    expect(issues(person, { ...personOk, recognitions: [recognitionOk, { ...recognitionOk, year: 1900 }] })).toEqual([
      ['recognitions.1.year', 'Năm khen thưởng phải từ 1945 trở đi.'],
    ]);
  });

  it('reports empty sources', () => {
    expect(issues(person, { ...personOk, sources: [] })).toEqual([
      ['sources', 'Cần ít nhất một nguồn (sources) cho mỗi mục.'],
    ]);
  });

  it('reports fields that are empty, not a list, or outside the list', () => {
    expect(issues(person, { ...personOk, fields: [] })).toEqual([['fields', 'Cần ít nhất một lĩnh vực (fields).']]);
    expect(issues(person, { ...personOk, fields: 'Dân vận' })).toEqual([
      ['fields', 'Lĩnh vực (fields) phải là một danh sách, mỗi dòng bắt đầu bằng "- ".'],
    ]);
    expect(issues(person, { ...personOk, fields: ['Dân vận', 'Dan van'] })).toEqual([
      ['fields.1', 'Lĩnh vực "Dan van" không có trong danh mục.'],
    ]);
  });

  it('reports other vocabulary, reference and flag mistakes', () => {
    expect(issues(person, { ...personOk, gender: 'male' })).toEqual([
      ['gender', 'Giới tính (gender) chỉ nhận "nam" hoặc "nữ".'],
    ]);
    expect(issues(person, { ...personOk, units: ['Quận ủy Ô Môn'] })).toEqual([
      [
        'units.0',
        'Đơn vị "Quận ủy Ô Môn" không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.',
      ],
    ]);
    expect(issues(person, { ...personOk, campaigns: ['ket_luan_01'] })).toEqual([
      [
        'campaigns.0',
        'Phong trào "ket_luan_01" không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.',
      ],
    ]);
    expect(issues(person, { ...personOk, related: ['nguyen-van-a'] })).toEqual([
      ['related.0', 'Tham chiếu "nguyen-van-a" phải viết dạng loai/ma-muc, ví dụ tap-the/quan-uy-o-mon.'],
    ]);
    expect(issues(person, { ...personOk, featured: 'có', draft: 1, sample: 'true' })).toEqual([
      ['featured', 'featured phải là true hoặc false.'],
      ['draft', 'draft phải là true hoặc false.'],
      ['sample', 'sample phải là true hoặc false.'],
    ]);
    expect(issues(person, { ...personOk, cover: { ...coverOk, src: 'anh-bia.jpg' } })).toEqual([
      ['cover.src', 'Ảnh phải nằm cạnh index.mdx và viết dạng ./ten-anh.jpg (jpg, png, webp hoặc avif).'],
    ]);
  });

  it('rejects unknown keys, at the top and nested', () => {
    expect(unknownKeys(person, { ...personOk, titel: 'Nguyễn Thị Mai' })).toEqual([{ path: '', keys: ['titel'] }]);
    expect(unknownKeys(person, { ...personOk, memberCount: 3 })).toEqual([{ path: '', keys: ['memberCount'] }]);
    expect(unknownKeys(person, { ...personOk, place: { province: 'Cần Thơ', ward: 'x' } })).toEqual([
      { path: 'place', keys: ['ward'] },
    ]);
  });

  it('does not call a living value that is not true/false "missing"', () => {
    const found = issues(person, { ...personOk, living: 'có', consent: consentOk });
    expect(found.map(([path]) => path)).toEqual(['living']);
    expect(found[0]![1]).toContain('living');
    expect(found[0]![1]).not.toMatch(/^Thiếu/);
  });
});

describe('collective (tap-the)', () => {
  it('parses', () => {
    expect(parse(collective, collectiveOk)).toMatchObject({
      memberCount: 25,
      parentUnit: 'quan-uy-o-mon',
      featured: false,
    });
    expect(issues(collective, entryMin)).toEqual([]);
  });

  it('reports a member count that is not a positive whole number', () => {
    expect(issues(collective, { ...collectiveOk, memberCount: 0 })).toEqual([
      ['memberCount', 'Số thành viên (memberCount) phải lớn hơn 0.'],
    ]);
    expect(issues(collective, { ...collectiveOk, memberCount: 2.5 })).toEqual([
      ['memberCount', 'Số thành viên (memberCount) phải là số nguyên.'],
    ]);
    expect(issues(collective, { ...collectiveOk, memberCount: '25' })).toEqual([
      ['memberCount', 'Số thành viên (memberCount) phải là một số.'],
    ]);
  });

  it('reports a parent unit that is not an id, and entry mistakes', () => {
    expect(issues(collective, { ...collectiveOk, parentUnit: 'Quận ủy Ô Môn' })).toEqual([
      [
        'parentUnit',
        'Đơn vị cấp trên (parentUnit) "Quận ủy Ô Môn" không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.',
      ],
    ]);
    expect(issues(collective, { ...collectiveOk, published: '2023-02-31', sources: [] })).toEqual([
      ['sources', 'Cần ít nhất một nguồn (sources) cho mỗi mục.'],
      ['published', 'Ngày đăng (published) "2023-02-31" không có thật trên lịch.'],
    ]);
  });

  it('rejects person-only keys', () => {
    expect(unknownKeys(collective, { ...collectiveOk, living: true, position: 'x' })).toEqual([
      { path: '', keys: ['living', 'position'] },
    ]);
  });
});

describe('model (mo-hinh)', () => {
  it('parses, and fills outputs with [] when the form is empty', () => {
    expect(parse(model, modelOk)).toMatchObject({ model: modelOk.model });
    expect(parse(model, { ...modelOk, model: {} })).toMatchObject({ model: { outputs: [] } });
    expect(parse(outputSchema, { label: 'pano' })).toEqual({ label: 'pano' });
  });

  it('reports form fields that are empty or badly typed, with their path', () => {
    expect(issues(model, { ...modelOk, model: { situation: '', outputs: [{ value: 'ba mươi' }] } })).toEqual([
      ['model.situation', 'Thực trạng, lý do (situation) đang để trống.'],
      ['model.outputs.0.label', 'Thiếu tên kết quả (outputs.label).'],
      ['model.outputs.0.value', 'Giá trị (outputs.value) phải là một số, ví dụ 34.'],
    ]);
    expect(issues(modelFormSchema, { approach: 'x'.repeat(2001) })).toEqual([
      ['approach', 'Nội dung và cách thức (approach) dài quá 2000 ký tự.'],
    ]);
  });

  it('rejects unknown keys in the form', () => {
    expect(unknownKeys(model, { ...modelOk, model: { goal: 'x' } })).toEqual([{ path: 'model', keys: ['goal'] }]);
  });
});

// ---------------------------------------------------------------- data files

describe('unit (don-vi)', () => {
  it('parses, with or without a province (central bodies have none)', () => {
    // Not a sample unless it says so.
    expect(parse(unitSchema, unitOk)).toEqual({ ...unitOk, sample: false });
    expect(issues(unitSchema, without(unitOk, 'province'))).toEqual([]);
  });

  it('reports a type, province or parent outside the rules, and empty sources', () => {
    expect(
      issues(unitSchema, { ...unitOk, type: 'quan', parent: 'Thành ủy', province: 'Quang Ninh', sources: [] }),
    ).toEqual([
      ['type', 'Loại đơn vị (type) "quan" không có trong danh mục.'],
      [
        'parent',
        'Đơn vị cấp trên (parent) "Thành ủy" không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.',
      ],
      ['province', 'Tỉnh, thành phố (province) "Quang Ninh" không có trong danh mục.'],
      ['sources', 'Cần ít nhất một nguồn (sources) cho mỗi mục.'],
    ]);
    expect(issues(unitSchema, { ...unitOk, name: '', description: 'x'.repeat(1201) })).toEqual([
      ['name', 'Tên đơn vị (name) đang để trống.'],
      ['description', 'Giới thiệu (description) dài quá 1200 ký tự.'],
    ]);
  });

  it('rejects unknown keys', () => {
    expect(unknownKeys(unitSchema, { ...unitOk, title: 'x' })).toEqual([{ path: '', keys: ['title'] }]);
  });
});

describe('campaign (phong-trao)', () => {
  it('parses', () => {
    expect(parse(campaignSchema, campaignOk)).toEqual({ ...campaignOk, sample: false });
  });

  it('reports a type outside the list, empty text and bad dates', () => {
    expect(
      issues(campaignSchema, { ...campaignOk, type: 'phong trao', issuer: '', start: '18/05/2021', end: '2021-13-01' }),
    ).toEqual([
      ['type', 'Loại (type) "phong trao" không có trong danh mục.'],
      ['issuer', 'Cơ quan ban hành (issuer) đang để trống.'],
      ['start', 'Ngày bắt đầu (start) phải viết dạng năm-tháng-ngày, ví dụ 2023-09-06.'],
      ['end', 'Ngày kết thúc (end) "2021-13-01" không có thật trên lịch.'],
    ]);
    expect(issues(campaignSchema, { ...campaignOk, shortName: 'x'.repeat(61) })).toEqual([
      ['shortName', 'Tên ngắn (shortName) dài quá 60 ký tự.'],
    ]);
  });

  it('rejects unknown keys', () => {
    expect(unknownKeys(campaignSchema, { ...campaignOk, url: 'https://x.vn' })).toEqual([{ path: '', keys: ['url'] }]);
  });
});

describe('collection (bo-suu-tap)', () => {
  it('parses, filling kiosk defaults', () => {
    expect(parse(collectionSchema, collectionOk)).toEqual(collectionOk);
    expect(parse(collectionSchema, { ...collectionOk, kiosk: {} })).toMatchObject({
      kiosk: { idleSeconds: 90, slideSeconds: 8 },
    });
    expect(parse(collectionSchema, without(collectionOk, 'kiosk'))).not.toHaveProperty('kiosk');
  });

  it('reports empty or badly written entries', () => {
    expect(issues(collectionSchema, { ...collectionOk, entries: [] })).toEqual([
      ['entries', 'Bộ sưu tập cần ít nhất một mục (entries).'],
    ]);
    expect(issues(collectionSchema, { ...collectionOk, entries: ['quan-uy-o-mon'] })).toEqual([
      ['entries.0', 'Tham chiếu "quan-uy-o-mon" phải viết dạng loai/ma-muc, ví dụ tap-the/quan-uy-o-mon.'],
    ]);
  });

  it('reports kiosk settings that are not numbers, and unknown keys', () => {
    expect(issues(collectionSchema, { ...collectionOk, kiosk: { idleSeconds: '60', slideSeconds: 'tám' } })).toEqual([
      ['kiosk.idleSeconds', 'idleSeconds phải là một số giây.'],
      ['kiosk.slideSeconds', 'slideSeconds phải là một số giây.'],
    ]);
    expect(unknownKeys(collectionSchema, { ...collectionOk, kiosk: { idle: 60 } })).toEqual([
      { path: 'kiosk', keys: ['idle'] },
    ]);
  });

  it('names the allowed range when a kiosk setting is out of range', () => {
    const found = issues(collectionSchema, { ...collectionOk, kiosk: { idleSeconds: 5, slideSeconds: 600 } });
    expect(found.map(([path]) => path)).toEqual(['kiosk.idleSeconds', 'kiosk.slideSeconds']);
    expect(found[0]![1]).toContain('15');
    expect(found[1]![1]).toContain('120');
  });
});

describe('quotation (trich-dan)', () => {
  it('parses, featured defaulting to false', () => {
    expect(parse(quotationSchema, quotationOk)).toEqual(quotationOk);
    expect(parse(quotationSchema, without(quotationOk, 'featured'))).toMatchObject({ featured: false });
  });

  it('reports empty and badly typed fields, with nested paths', () => {
    expect(
      issues(quotationSchema, { ...quotationOk, text: '', author: 3, source: { title: 'Bài báo' }, featured: 'có' }),
    ).toEqual([
      ['text', 'Lời trích dẫn đang để trống.'],
      ['author', 'Người được trích lời phải là chữ.'],
      ['source.publisher', 'Thiếu nơi đăng nguồn.'],
      ['featured', 'featured phải là true hoặc false.'],
    ]);
    expect(issues(quotationSchema, { ...quotationOk, text: 'x'.repeat(601) })).toEqual([
      ['text', 'Lời trích dẫn dài quá 600 ký tự.'],
    ]);
  });

  it('rejects unknown keys', () => {
    expect(unknownKeys(quotationSchema, { ...quotationOk, sources: [sourceOk] })).toEqual([
      { path: '', keys: ['sources'] },
    ]);
  });
});

// ---------------------------------------------------------------- missing fields

/**
 * Leaving out a required field gives exactly one problem, on that field,
 * saying "Thiếu …" (missing …), word for word.
 */
const missingCases: [string, string, string, z.ZodType, Record<string, unknown>, unknown][] = [
  ['person', 'title', '', person, personOk, 'Thiếu tiêu đề (title).'],
  ['person', 'summary', '', person, personOk, 'Thiếu tóm tắt (summary).'],
  ['person', 'fields', '', person, personOk, 'Thiếu lĩnh vực (fields).'],
  ['person', 'place', '', person, personOk, 'Thiếu địa bàn (place).'],
  ['person', 'sources', '', person, personOk, 'Thiếu nguồn: cần ít nhất một nguồn (sources).'],
  ['person', 'published', '', person, personOk, 'Thiếu ngày đăng (published).'],
  ['person', 'position', '', person, personOk, 'Thiếu chức vụ (position).'],
  ['collective', 'title', '', collective, collectiveOk, 'Thiếu tiêu đề (title).'],
  ['model', 'model', '', model, modelOk, 'Thiếu phiếu mô hình (model).'],
  ['unit', 'name', '', unitSchema, unitOk, 'Thiếu tên đơn vị (name).'],
  ['unit', 'type', '', unitSchema, unitOk, 'Thiếu loại đơn vị (type).'],
  ['unit', 'description', '', unitSchema, unitOk, 'Thiếu giới thiệu (description).'],
  ['unit', 'sources', '', unitSchema, unitOk, 'Thiếu nguồn: cần ít nhất một nguồn (sources).'],
  ['campaign', 'name', '', campaignSchema, campaignOk, 'Thiếu tên (name).'],
  ['campaign', 'type', '', campaignSchema, campaignOk, 'Thiếu loại (type).'],
  ['campaign', 'issuer', '', campaignSchema, campaignOk, 'Thiếu cơ quan ban hành (issuer).'],
  ['campaign', 'description', '', campaignSchema, campaignOk, 'Thiếu giới thiệu (description).'],
  ['collection', 'title', '', collectionSchema, collectionOk, 'Thiếu tên bộ sưu tập (title).'],
  ['collection', 'description', '', collectionSchema, collectionOk, 'Thiếu giới thiệu (description).'],
  ['collection', 'entries', '', collectionSchema, collectionOk, 'Thiếu danh sách mục (entries).'],
  ['quotation', 'text', '', quotationSchema, quotationOk, 'Thiếu lời trích dẫn.'],
  ['quotation', 'author', '', quotationSchema, quotationOk, 'Thiếu người được trích lời.'],
  ['quotation', 'source', '', quotationSchema, quotationOk, 'Thiếu nguồn (source).'],
  ['source', 'title', '', sourceSchema, sourceOk, 'Thiếu tiêu đề nguồn.'],
  ['source', 'publisher', '', sourceSchema, sourceOk, 'Thiếu nơi đăng nguồn.'],
  ['place', 'province', '', placeSchema, placeOk, 'Địa bàn (place) chưa ghi tỉnh, thành phố (province).'],
  ['recognition', 'year', '', recognitionSchema, recognitionOk, 'Lần khen thưởng này chưa ghi năm (year).'],
  ['recognition', 'form', '', recognitionSchema, recognitionOk, 'Thiếu hình thức khen thưởng.'],
  ['recognition', 'issuer', '', recognitionSchema, recognitionOk, 'Thiếu cơ quan khen thưởng.'],
  ['cover', 'src', '', cover, coverOk, 'Thiếu đường dẫn ảnh (src), ví dụ ./anh-bia.jpg.'],
  ['cover', 'alt', '', cover, coverOk, 'Thiếu mô tả ảnh (alt).'],
  ['cover', 'credit', '', cover, coverOk, 'Thiếu nguồn ảnh (credit).'],
  ['gallery item', 'caption', '', galleryItem, entryOk.gallery[0]!, 'Thiếu chú thích ảnh.'],
  ['consent', 'date', '', consentSchema, consentOk, 'Thiếu ngày đồng ý (consent.date).'],
  ['output', 'label', '', outputSchema, { label: 'pano', value: 34 }, 'Thiếu tên kết quả (outputs.label).'],
];

describe('a missing required field says "Thiếu …"', () => {
  it.each(missingCases)('%s without %s %s', (_name, field, _bug, schema, valid, expected) => {
    expect(issues(schema, without(valid, field))).toEqual([[field, expected]]);
  });
});

// ---------------------------------------------------------------- no English

/**
 * The likeliest shape mistakes in YAML: a single value where a list or an
 * object is expected (`units: quan-uy-o-mon`), an empty value (`place:` →
 * null), and a list of plain words where a list of objects is expected
 * (`sources: [Báo Cần Thơ]`). Every message must be Vietnamese. Unknown
 * keys are left out: error-map.ts words those.
 */
const ENGLISH = /Invalid input|expected|received/;
function englishLeaks(schema: z.ZodType, valid: Record<string, unknown>): string[] {
  const leaks: string[] = [];
  for (const key of Object.keys(valid)) {
    for (const wrong of ['chữ', null, ['chữ']]) {
      const result = schema.safeParse({ ...valid, [key]: wrong });
      if (result.success) continue;
      for (const issue of result.error.issues)
        if (issue.code !== 'unrecognized_keys' && ENGLISH.test(issue.message))
          leaks.push(`${key}: ${JSON.stringify(wrong)} → ${issue.path.join('.')}: ${issue.message}`);
    }
  }
  return [...new Set(leaks)];
}

describe('every message is Vietnamese', () => {
  const all: [string, z.ZodType, Record<string, unknown>][] = [
    ['person', person, { ...entryOk, position: 'Bí thư', living: true, consent: consentOk }],
    ['collective', collective, { ...entryOk, memberCount: 3, parentUnit: 'quan-uy-o-mon' }],
    ['model', model, { ...entryOk, model: modelOk.model }],
    ['unit', unitSchema, unitOk],
    ['campaign', campaignSchema, campaignOk],
    ['collection', collectionSchema, collectionOk],
    ['quotation', quotationSchema, quotationOk],
    ['source', sourceSchema, sourceOk],
    ['place', placeSchema, placeOk],
    ['recognition', recognitionSchema, recognitionOk],
    ['cover', cover, coverOk],
  ];
  it.each(all)('%s', (_name, schema, valid) => {
    expect(parse(schema, valid)).toBeTruthy();
    expect(englishLeaks(schema, valid)).toEqual([]);
  });
});

describe('a placeholder left in a text field', () => {
  it('is not accepted as content', () => {
    expect(issues(person, { ...personOk, summary: '…' })).toEqual([
      ['summary', 'Tóm tắt (summary) chưa được điền (chỉ có dấu …).'],
    ]);
    expect(issues(person, { ...personOk, summary: '...' })).toEqual([
      ['summary', 'Tóm tắt (summary) chưa được điền (chỉ có dấu …).'],
    ]);
  });
});
