/**
 * Writes N synthetic but schema-valid entries, with images and varied
 * Vietnamese text (đ words included), spread over kinds, fields, provinces and
 * years, for benchmarks and scale tests. The output is a content folder of its
 * own (git-ignored), built with CONTENT_DIR=<folder>.
 *
 *   node scripts/generate-corpus.ts --entries 1500 [--out .corpus/1500] [--seed 1]
 *
 * Every entry is marked `sample: true`: none of it is real.
 */
import { copyFile, link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { fields } from '../src/data/fields.ts';
import { provinceNames } from '../src/data/provinces.ts';
import { recognitionForms } from '../src/data/recognition-forms.ts';
import { slug } from '../src/lib/slug.ts';
import { storyBody, storySummary, TOPICS, type Story } from './corpus/text.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1500' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    covers: { type: 'string', default: '24' },
  },
});
const total = Number(values.entries);
const out = path.resolve(values.out ?? `.corpus/${total}`);
let state = Number(values.seed) || 1;

/** A small deterministic random generator (mulberry32), so a corpus is the same every time. */
function random(): number {
  state |= 0;
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
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

async function makeCovers(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const hue = (i * 37) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
      <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,92%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},55%,78%)"/></linearGradient></defs>
      <rect width="1600" height="1000" fill="url(#g)"/>
      ${Array.from({ length: 9 }, (_, k) => `<circle cx="${800 + Math.cos(k + i) * 420}" cy="${500 + Math.sin(k * 2 + i) * 260}" r="${60 + k * 18}" fill="hsl(${(hue + k * 20) % 360},60%,${40 + k * 4}%)" fill-opacity="0.35"/>`).join('')}
      <circle cx="800" cy="500" r="170" fill="#8b1a1a"/><circle cx="800" cy="500" r="120" fill="#c9a227"/>
    </svg>`;
    const file = path.join(dir, `bia-${i}.jpg`);
    await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toFile(file);
    files.push(file);
  }
  return files;
}

async function place(from: string, to: string) {
  await link(from, to).catch(() => copyFile(from, to));
}

async function main() {
  await rm(out, { recursive: true, force: true });
  const covers = await makeCovers(path.join(out, '.covers'), Number(values.covers));

  const units: string[] = [];
  for (let i = 0; i < 60; i++) {
    const province = pick(provinceNames);
    const name = `${pick(['Đảng ủy', 'Ủy ban nhân dân', 'Huyện ủy', 'Đảng ủy khối'])} ${pick(noi)} ${province} ${i + 1}`;
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
        sources: [{ title: 'Dữ liệu tổng hợp', publisher: 'Gương Sáng (dữ liệu thử)' }],
      }),
    );
  }
  const campaigns = ['ket-luan-01-kl-tw', 'chi-thi-05-ct-tw', 'dan-van-kheo'];
  await mkdir(path.join(out, 'phong-trao'), { recursive: true });
  for (const id of campaigns) {
    await writeFile(
      path.join(out, 'phong-trao', `${id}.yaml`),
      stringify({
        name: id.toUpperCase(),
        type: 'phong-trao',
        issuer: 'Dữ liệu thử',
        description: 'Phong trào tổng hợp để đo hiệu năng.',
        sources: [{ title: 'Dữ liệu tổng hợp', publisher: 'Gương Sáng (dữ liệu thử)' }],
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
    await place(covers[i % covers.length]!, path.join(folder, 'anh-bia.jpg'));
    const data: Record<string, unknown> = {
      title,
      summary: `${title}: ${storySummary(random, story)}`,
      fields: [...new Set([pick(fieldLabels), pick(fieldLabels)])],
      place: { province, district: where },
      units: [pick(units)],
      campaigns: [pick(campaigns)],
      recognitions: [{ year, form: pick(forms), issuer: `Ủy ban nhân dân ${where}` }],
      cover: { src: './anh-bia.jpg', alt: `Hình minh họa cho ${title}`, credit: 'Ảnh minh họa' },
      sources: [{ title: 'Dữ liệu tổng hợp', publisher: 'Gương Sáng (dữ liệu thử)' }],
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
