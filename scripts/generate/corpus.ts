/**
 * Writes N synthetic but schema-valid entries, with images and varied
 * Vietnamese text (đ words included), spread over kinds, fields, provinces and
 * years, for benchmarks and scale tests. The output is a content folder of its
 * own (git-ignored), built with CONTENT_DIR=<folder>.
 *
 *   node scripts/generate/corpus.ts --entries 1500 [--out .corpus/1500] [--seed 1] [--covers 0]
 *
 * --covers N shares N cover photos among all entries; 0 (the default) gives
 * every entry a photo of its own, as a real site has.
 *
 * None of it is real, and it passes check:content as illustrative content: every
 * entry, unit and campaign is `sample: true`, and every unit, campaign, issuer and
 * publisher says "(minh họa)" (src/checks/check-samples.ts).
 */
import { mulberry32 } from '../lib/random.ts';
import { copyFile, link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { fields } from '../../src/data/fields.ts';
import { provinceNames } from '../../src/data/provinces.ts';
import { recognitionForms } from '../../src/data/recognition-forms.ts';
import { SAMPLE_WORD } from '../../src/lib/samples.ts';
import { slug } from '../../src/lib/slug.ts';
import { storyBody, storySummary, TOPICS, type Story } from './corpus-text.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1500' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    covers: { type: 'string', default: '0' },
  },
});
const total = Number(values.entries);
const out = path.resolve(values.out ?? `.corpus/${total}`);
/** Seeded, so a corpus is the same every time. */
const random = mulberry32(Number(values.seed) || 1);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));

const ho = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đoàn',
];
const dem = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Kim', 'Hoài', 'Đình', 'Xuân', 'Thu', 'Bảo'];
const ten = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Đức',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiền',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Phương',
  'Quân',
  'Quyên',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Trang',
  'Tuấn',
  'Vân',
  'Yến',
  'Đông',
  'Điệp',
];
const noi = [
  'ấp Thới An',
  'xã Đông Hải',
  'phường Đông Thuận',
  'thôn Đồng Tâm',
  'khóm 3',
  'bản Đôn',
  'xã Định Hòa',
  'phường Đống Đa',
  'xã Điện Thắng',
  'tổ dân phố số 5',
  'ấp Đông Bình',
  'xã Tân Đức',
];
const tapThe = [
  'Chi bộ',
  'Đoàn Thanh niên',
  'Hội Liên hiệp Phụ nữ',
  'Hội Cựu chiến binh',
  'Đội dân phòng',
  'Tổ hòa giải',
  'Trường Tiểu học',
  'Trạm Y tế',
  'Hợp tác xã',
  'Ban Chỉ huy Quân sự',
];
const moHinh = [
  'Bữa cơm nghĩa tình',
  'Thắp sáng đường quê',
  'Tủ sách Đường lên đỉnh Olympia',
  'Nhà đoàn kết',
  'Đổi đất làm đường',
  'Phiên chợ không đồng',
  'Tổ đổi công',
  'Camera an ninh',
  'Ngày thứ Bảy tình nguyện',
  'Dân vận khéo trong giải phóng mặt bằng',
  'Số hóa hồ sơ một cửa',
  'Đường hoa tự quản',
  'Vườn cây đời đời nhớ ơn Bác',
  'Nồi cháo đồng hành',
];
const chucVu = [
  'Bí thư Chi bộ',
  'Trưởng ấp',
  'Giáo viên',
  'Bác sĩ',
  'Chiến sĩ dân quân',
  'Hội viên phụ nữ',
  'Đoàn viên',
  'Công an xã',
  'Nông dân',
  'Tổ trưởng tổ dân phố',
  'Cựu chiến binh',
  'Điều dưỡng',
];
const forms = recognitionForms.map((f) => f.label);
const fieldLabels = fields.map((f) => f.label);

const topicNames = Object.keys(TOPICS);

/** Marks a name as illustrative: "Đảng ủy xã Đông Hải 3 (minh họa)", slug "…-3-minh-hoa". */
const illustrative = (name: string) => `${name} (${SAMPLE_WORD})`;
/** Where every synthetic entry, unit and campaign says it comes from. */
const SOURCE = { title: 'Dữ liệu tổng hợp để đo hiệu năng', publisher: illustrative('Gương Sáng, dữ liệu thử') };

/** Width and height of a generated cover: an editor's photo, a little larger than the widest picture (1,600 px). */
const COVER_SIZE = { width: 2000, height: 1333 };

/**
 * Grainy, photo-like textures to cut covers from: fine noise (what makes a
 * photo cost to encode, unlike a smooth gradient) under soft shapes and light.
 */
async function makeTextures(count: number): Promise<Buffer[]> {
  const width = COVER_SIZE.width + 400;
  const height = COVER_SIZE.height + 300;
  const textures: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const hue = (i * 53) % 360;
    const shapes = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},40%,80%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},45%,35%)"/></linearGradient></defs>
      <rect width="${width}" height="${height}" fill="url(#g)"/>
      ${Array.from({ length: 40 }, (_, k) => `<ellipse cx="${(k * 397 + i * 131) % width}" cy="${(k * 263 + i * 71) % height}" rx="${40 + ((k * 37) % 260)}" ry="${30 + ((k * 53) % 200)}" fill="hsl(${(hue + k * 23) % 360},${35 + (k % 4) * 10}%,${25 + (k % 6) * 10}%)" fill-opacity="0.55"/>`).join('')}
    </svg>`;
    // Detail at three scales, as in a photo: broad patches, mid-size texture, fine grain.
    const noise = async (w: number, h: number, sigma: number) =>
      sharp({
        create: {
          width: w,
          height: h,
          channels: 3,
          background: '#808080',
          noise: { type: 'gaussian', mean: 128, sigma },
        },
      })
        .greyscale()
        .resize(width, height, { kernel: 'cubic' })
        .toColourspace('srgb')
        .png()
        .toBuffer();
    const layers = [
      await noise(width >> 5, height >> 5, 68),
      await noise(width >> 3, height >> 3, 27),
      await noise(width, height, 5),
    ];
    textures.push(
      await sharp(Buffer.from(shapes))
        .composite(layers.map((input) => ({ input, blend: 'overlay' as const })))
        .removeAlpha()
        .raw()
        .toBuffer(),
    );
  }
  return textures;
}

/**
 * Covers for the corpus. With `count` > 0, that many files are shared by all
 * entries (cheap, but a build encodes only `count` images); with 0, every
 * entry gets a photo of its own, cut from a texture at its own offset and
 * tint, so a build encodes every one of them as it would real photos.
 */
function coverMaker(dir: string, count: number) {
  const textures = makeTextures(count > 0 ? Math.min(count, 8) : 8);
  const { width, height } = COVER_SIZE;
  const make = async (i: number, file: string) => {
    const list = await textures;
    const texture = list[i % list.length]!;
    await sharp(texture, { raw: { width: width + 400, height: height + 300, channels: 3 } })
      .extract({ left: (i * 7919) % 400, top: (i * 104729) % 300, width, height })
      // A tint of its own per entry (cheaper than a hue rotation).
      .linear([0.8 + ((i * 13) % 40) / 100, 0.8 + ((i * 7) % 40) / 100, 0.8 + ((i * 3) % 40) / 100], [0, 0, 0])
      // Offsets and tints repeat every 1,200 entries: a patch coloured by the entry's number keeps every file unique.
      .composite([
        {
          input: {
            create: {
              width: 48,
              height: 48,
              channels: 3,
              background: { r: i & 255, g: (i >> 8) & 255, b: (i >> 16) & 255 },
            },
          },
          left: 40 + (i % 17) * 16,
          top: 40 + (i % 13) * 16,
        },
      ])
      .jpeg({ quality: 82 })
      .toFile(file);
  };
  const shared = new Map<number, Promise<string>>();
  return async (i: number, to: string) => {
    if (count <= 0) return make(i, to);
    const n = i % count;
    if (!shared.has(n)) {
      const file = path.join(dir, `bia-${n}.jpg`);
      shared.set(
        n,
        mkdir(dir, { recursive: true }).then(() => make(n, file).then(() => file)),
      );
    }
    await place(await shared.get(n)!, to);
  };
}

async function place(from: string, to: string) {
  await link(from, to).catch(() => copyFile(from, to));
}

async function main() {
  await rm(out, { recursive: true, force: true });
  const cover = coverMaker(path.join(out, '.covers'), Number(values.covers));
  const pending: Promise<void>[] = [];

  const units: string[] = [];
  for (let i = 0; i < 60; i++) {
    const province = pick(provinceNames);
    const name = illustrative(
      `${pick(['Đảng ủy', 'Ủy ban nhân dân', 'Huyện ủy', 'Đảng ủy khối'])} ${pick(noi)} ${province} ${i + 1}`,
    );
    const id = slug(name);
    units.push(id);
    await mkdir(path.join(out, 'don-vi'), { recursive: true });
    await writeFile(
      path.join(out, 'don-vi', `${id}.yaml`),
      stringify({
        name,
        type: 'cap-uy',
        province,
        description: `Đơn vị tổng hợp số ${i + 1} dùng để đo hiệu năng.`,
        sources: [SOURCE],
        sample: true,
      }),
    );
  }
  const campaigns: string[] = [];
  await mkdir(path.join(out, 'phong-trao'), { recursive: true });
  for (let i = 1; i <= 3; i++) {
    const name = illustrative(`Phong trào thử ${i}`);
    const id = slug(name);
    campaigns.push(id);
    await writeFile(
      path.join(out, 'phong-trao', `${id}.yaml`),
      stringify({
        name,
        type: 'phong-trao',
        issuer: illustrative('Ban tổ chức thử'),
        description: 'Phong trào tổng hợp để đo hiệu năng.',
        sources: [SOURCE],
        sample: true,
      }),
    );
  }

  const refs: string[] = [];
  for (let i = 0; i < total; i++) {
    const r = random();
    const kind = r < 0.25 ? 'ca-nhan' : r < 0.6 ? 'tap-the' : 'mo-hinh';
    const where = pick(noi);
    const given = pick(ten);
    const gender = pick(['nam', 'nữ'] as const);
    const group = kind === 'tap-the' ? `${pick(tapThe)} ${where}` : `Mô hình ${pick(moHinh)} ${where}`;
    const title = kind === 'ca-nhan' ? `${pick(ho)} ${pick(dem)} ${given} ${i + 1}` : `${group} ${i + 1}`;
    const id = slug(title);
    const year = between(2019, 2025);
    const province = pick(provinceNames);
    const story: Story = {
      subject:
        kind === 'ca-nhan' ? `${gender === 'nữ' ? 'chị' : 'anh'} ${given}` : kind === 'tap-the' ? group : 'mô hình',
      where: `${where}, ${province}`,
      year,
      topics: [...new Set([pick(topicNames), pick(topicNames)])],
    };
    const folder = path.join(out, kind, id);
    await mkdir(folder, { recursive: true });
    pending.push(cover(i, path.join(folder, 'anh-bia.jpg')));
    // Encode covers a few at a time on sharp's threads while the text is written.
    if (pending.length >= 8) await Promise.all(pending.splice(0));
    const data: Record<string, unknown> = {
      title,
      summary: `${title}: ${storySummary(random, story)}`,
      fields: [...new Set([pick(fieldLabels), pick(fieldLabels)])],
      place: { province, district: where },
      units: [pick(units)],
      campaigns: [pick(campaigns)],
      recognitions: [{ year, form: pick(forms), issuer: illustrative(`Ủy ban nhân dân ${where}`) }],
      cover: {
        src: './anh-bia.jpg',
        alt: `Hình minh họa cho ${title}`,
        credit: 'Ảnh minh họa',
        // Covers shared among entries on purpose (--covers N) say so, as an editor's would.
        ...(Number(values.covers) > 0 && { shared: true }),
      },
      sources: [SOURCE],
      published: `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
      sample: true,
    };
    if (kind === 'ca-nhan') Object.assign(data, { position: `${pick(chucVu)} ${where}`, living: true, gender });
    if (kind === 'mo-hinh')
      data.model = {
        goals: storySummary(random, story),
        outputs: [{ label: 'hộ được hỗ trợ', value: between(5, 500) }],
      };
    const mdx = `---\n${stringify(data)}---\n\n${storyBody(random, story)}\n\n<Stat value={${between(10, 5000)}} label="lượt người tham gia" />\n`;
    await writeFile(path.join(folder, 'index.mdx'), mdx);
    refs.push(`${kind}/${id}`);
  }
  await Promise.all(pending);
  await mkdir(path.join(out, 'bo-suu-tap'), { recursive: true });
  await writeFile(
    path.join(out, 'bo-suu-tap', 'tuyen-chon.yaml'),
    stringify({ title: 'Tuyển chọn', description: 'Bộ sưu tập tổng hợp.', entries: refs.slice(0, 12) }),
  );
  await mkdir(path.join(out, 'trich-dan'), { recursive: true });
  for (const name of await readdir('content/trich-dan'))
    await copyFile(path.join('content/trich-dan', name), path.join(out, 'trich-dan', name));
  console.log(`Đã tạo ${total} mục tại ${path.relative(process.cwd(), out)}.`);
}

await main();
