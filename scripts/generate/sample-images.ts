/**
 * Draws the illustrations of the sample content.
 *
 * Reads every `content/{ca-nhan,tap-the,mo-hinh}/<id>/index.mdx`, takes the images
 * it names (`cover.src`, each `gallery[].src` and `<Figure src="…">` in the body)
 * and draws the missing ones as JPEG files beside index.mdx. A cá nhân entry is
 * drawn only when it is illustrative (`sample: true`): a real person without a
 * photo has no `cover`, and the page builds a text cover; no face or silhouette is
 * invented. No text in the pictures: a stylised portrait (head and shoulders) for
 * a person, a motif for tập thể and mô hình (lotus, star, rays, bronze-drum rings,
 * rice, roofs, hands, river), deep red and gold on a warm light ground. The same id
 * and file name always give the same picture.
 *
 *   node scripts/generate/sample-images.ts           draws what is missing
 *   node scripts/generate/sample-images.ts --force   draws everything again
 *   node scripts/generate/sample-images.ts --alt     prints a suggested alt text per picture, draws nothing
 */
import { parseSource } from '../../src/checks/frontmatter.ts';
import { kindIds, type KindId } from '../../src/data/kinds.ts';
import { mulberry32 as rng, type Rng } from '../lib/random.ts';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { contentDir } from '../../src/lib/content-dir.ts';

/** Cover: at least 1,200 px wide. */
const COVER = { width: 1600, height: 1000 } as const;
/** Gallery pictures and pictures in the story. */
const GALLERY = { width: 1400, height: 933 } as const;
/** Largest file size of each picture. */
const MAX_BYTES = 200 * 1024;
const KINDS = kindIds;
type Kind = KindId;

// ---------------------------------------------------------------- random

/** FNV-1a hash of a string: the seed of an image. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------- palette

interface Palette {
  bgTop: string;
  bgBottom: string;
  red: string;
  redDark: string;
  gold: string;
  goldLight: string;
  ink: string;
}

const WARM: Palette[] = [
  {
    bgTop: '#faf4e6',
    bgBottom: '#efdfc0',
    red: '#8b1a1a',
    redDark: '#5e1010',
    gold: '#c9a227',
    goldLight: '#e8cf7a',
    ink: '#4a1410',
  },
  {
    bgTop: '#f8efdd',
    bgBottom: '#ead6b2',
    red: '#9a2020',
    redDark: '#651313',
    gold: '#c39a22',
    goldLight: '#e3c873',
    ink: '#4f1712',
  },
  {
    bgTop: '#fbf6ea',
    bgBottom: '#f0e2c6',
    red: '#86191c',
    redDark: '#561011',
    gold: '#d0a93a',
    goldLight: '#ecd58c',
    ink: '#441210',
  },
  {
    bgTop: '#f6ecd8',
    bgBottom: '#e6d1aa',
    red: '#a12a1f',
    redDark: '#6a1812',
    gold: '#bf9525',
    goldLight: '#dcc06a',
    ink: '#521a12',
  },
];

/** A person who has died: dark, quiet browns. */
const SEPIA: Palette = {
  bgTop: '#f1ebe0',
  bgBottom: '#d9cdb8',
  red: '#5b4636',
  redDark: '#3b2d22',
  gold: '#a48a5c',
  goldLight: '#cdb98f',
  ink: '#2f251d',
};

// ---------------------------------------------------------------- svg helpers

const f = (n: number) => (Math.round(n * 10) / 10).toString();

function starPoints(cx: number, cy: number, outer: number, inner: number, points = 5, rotate = -90): string {
  const out: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = ((rotate + (i * 180) / points) * Math.PI) / 180;
    out.push(`${f(cx + r * Math.cos(a))},${f(cy + r * Math.sin(a))}`);
  }
  return out.join(' ');
}

/** Background gradient, a soft vignette and a faint texture, shared by every image. */
function background(w: number, h: number, p: Palette, r: Rng, id: string): string {
  const angle = r.pick(['0', '0.15', '0.3']);
  const texture = r.pick(['dots', 'lines', 'grid'] as const);
  const step = r.int(22, 34);
  let pattern = '';
  if (texture === 'dots') {
    pattern = `<pattern id="${id}t" width="${step}" height="${step}" patternUnits="userSpaceOnUse"><circle cx="${step / 2}" cy="${step / 2}" r="1.6" fill="${p.gold}" fill-opacity="0.22"/></pattern>`;
  } else if (texture === 'lines') {
    pattern = `<pattern id="${id}t" width="${step}" height="${step}" patternUnits="userSpaceOnUse" patternTransform="rotate(${r.pick([35, 45, 60, -45])})"><line x1="0" y1="0" x2="0" y2="${step}" stroke="${p.gold}" stroke-opacity="0.16" stroke-width="1.4"/></pattern>`;
  } else {
    pattern = `<pattern id="${id}t" width="${step * 2}" height="${step * 2}" patternUnits="userSpaceOnUse"><path d="M0 ${step} L${step} 0 L${step * 2} ${step} L${step} ${step * 2} Z" fill="none" stroke="${p.gold}" stroke-opacity="0.14" stroke-width="1.2"/></pattern>`;
  }
  return `
  <defs>
    <linearGradient id="${id}bg" x1="0" y1="0" x2="${angle}" y2="1">
      <stop offset="0" stop-color="${p.bgTop}"/>
      <stop offset="1" stop-color="${p.bgBottom}"/>
    </linearGradient>
    <radialGradient id="${id}vig" cx="0.5" cy="0.45" r="0.75">
      <stop offset="0.55" stop-color="${p.ink}" stop-opacity="0"/>
      <stop offset="1" stop-color="${p.ink}" stop-opacity="0.22"/>
    </radialGradient>
    ${pattern}
  </defs>
  <rect width="${w}" height="${h}" fill="url(#${id}bg)"/>
  <rect width="${w}" height="${h}" fill="url(#${id}t)"/>`;
}

/** A thin gold frame with small corner ornaments. */
function frame(w: number, h: number, p: Palette, r: Rng): string {
  const m = r.int(26, 40);
  const c = 18;
  const corners = [
    [m, m],
    [w - m, m],
    [m, h - m],
    [w - m, h - m],
  ]
    .map(
      ([x, y]) =>
        `<rect x="${f(x! - c / 2)}" y="${f(y! - c / 2)}" width="${c}" height="${c}" transform="rotate(45 ${x} ${y})" fill="${p.gold}"/>`,
    )
    .join('');
  return `<rect x="${m}" y="${m}" width="${w - 2 * m}" height="${h - 2 * m}" fill="none" stroke="${p.gold}" stroke-width="3" stroke-opacity="0.8"/>
  <rect x="${m + 9}" y="${m + 9}" width="${w - 2 * m - 18}" height="${h - 2 * m - 18}" fill="none" stroke="${p.red}" stroke-width="1.2" stroke-opacity="0.45"/>${corners}`;
}

// ---------------------------------------------------------------- motifs

type Motif = (cx: number, cy: number, size: number, p: Palette, r: Rng) => string;

/** Hoa sen: two rows of petals above leaf pads and water lines. */
const lotus: Motif = (cx, cy, s, p, r) => {
  const petal = (angle: number, len: number, width: number, fill: string, op: number) =>
    `<path d="M0 0 C ${f(width)} ${f(-len * 0.35)} ${f(width * 0.55)} ${f(-len * 0.9)} 0 ${f(-len)} C ${f(-width * 0.55)} ${f(-len * 0.9)} ${f(-width)} ${f(-len * 0.35)} 0 0 Z" transform="translate(${f(cx)} ${f(cy)}) rotate(${angle})" fill="${fill}" fill-opacity="${op}"/>`;
  const back = [-72, -48, -24, 0, 24, 48, 72].map((a) => petal(a, s * 0.95, s * 0.26, p.gold, 0.85)).join('');
  const front = [-40, -14, 14, 40].map((a) => petal(a, s * 0.8, s * 0.24, p.red, 0.92)).join('');
  const center = petal(0, s * 0.7, s * 0.22, p.redDark, 1);
  const pads = [-1, 1]
    .map((side) => {
      const x = cx + side * s * r.range(0.75, 0.95);
      const y = cy + s * 0.18;
      return `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(s * 0.42)}" ry="${f(s * 0.1)}" fill="${p.gold}" fill-opacity="0.55"/>`;
    })
    .join('');
  const waves = [0, 1, 2]
    .map((i) => {
      const y = cy + s * (0.32 + i * 0.12);
      const half = s * (1.3 - i * 0.2);
      return `<path d="M${f(cx - half)} ${f(y)} q ${f(half / 4)} ${f(-s * 0.05)} ${f(half / 2)} 0 t ${f(half / 2)} 0 t ${f(half / 2)} 0 t ${f(half / 2)} 0" fill="none" stroke="${p.red}" stroke-opacity="${0.5 - i * 0.12}" stroke-width="3"/>`;
    })
    .join('');
  return pads + back + front + center + waves;
};

/** Ngôi sao vàng with alternating rays behind it. */
const star: Motif = (cx, cy, s, p, r) => {
  const n = r.pick([24, 32, 36]);
  let rays = '';
  for (let i = 0; i < n; i++) {
    const a1 = ((i * 360) / n) * (Math.PI / 180);
    const a2 = (((i + 0.5) * 360) / n) * (Math.PI / 180);
    const R = s * 1.6;
    rays += `<path d="M${f(cx)} ${f(cy)} L${f(cx + R * Math.cos(a1))} ${f(cy + R * Math.sin(a1))} L${f(cx + R * Math.cos(a2))} ${f(cy + R * Math.sin(a2))} Z" fill="${i % 2 ? p.gold : p.red}" fill-opacity="${i % 2 ? 0.18 : 0.08}"/>`;
  }
  return `${rays}<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 0.78)}" fill="${p.red}"/>
  <circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 0.86)}" fill="none" stroke="${p.gold}" stroke-width="4"/>
  <polygon points="${starPoints(cx, cy, s * 0.6, s * 0.24)}" fill="${p.gold}"/>`;
};

/** Tia nắng rising from the bottom edge, with a half sun. */
const rays: Motif = (cx, cy, s, p, r) => {
  const n = r.int(14, 20);
  let out = '';
  for (let i = 0; i <= n; i++) {
    const a = Math.PI + (i / n) * Math.PI;
    const spread = (Math.PI / n) * 0.35;
    const R = s * 2.4;
    out += `<path d="M${f(cx)} ${f(cy)} L${f(cx + R * Math.cos(a - spread))} ${f(cy + R * Math.sin(a - spread))} L${f(cx + R * Math.cos(a + spread))} ${f(cy + R * Math.sin(a + spread))} Z" fill="${p.gold}" fill-opacity="${f(0.12 + (i % 3) * 0.06)}"/>`;
  }
  out += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 0.7)}" fill="${p.gold}"/>`;
  out += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 0.5)}" fill="${p.red}"/>`;
  for (let i = 1; i <= 3; i++) {
    out += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * (0.7 + i * 0.14))}" fill="none" stroke="${p.red}" stroke-opacity="${0.35 - i * 0.08}" stroke-width="3"/>`;
  }
  return out;
};

/** Vòng trống đồng: concentric rings, a many-pointed star, ticks and stylised birds. */
const drum: Motif = (cx, cy, s, p, r) => {
  const pts = r.pick([12, 14, 16]);
  let out = `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s)}" fill="${p.gold}" fill-opacity="0.16"/>`;
  const rings = [0.22, 0.3, 0.46, 0.52, 0.7, 0.76, 0.94, 1];
  for (const k of rings) {
    out += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * k)}" fill="none" stroke="${p.red}" stroke-width="${k > 0.9 ? 4 : 2.2}" stroke-opacity="0.75"/>`;
  }
  out += `<polygon points="${starPoints(cx, cy, s * 0.21, s * 0.07, pts)}" fill="${p.red}"/>`;
  // ticks between the second pair of rings
  const ticks = r.int(40, 56);
  for (let i = 0; i < ticks; i++) {
    const a = (i / ticks) * Math.PI * 2;
    out += `<line x1="${f(cx + s * 0.31 * Math.cos(a))}" y1="${f(cy + s * 0.31 * Math.sin(a))}" x2="${f(cx + s * 0.45 * Math.cos(a))}" y2="${f(cy + s * 0.45 * Math.sin(a))}" stroke="${p.gold}" stroke-width="2.4"/>`;
  }
  // small circles between the third pair
  const dots = r.int(26, 34);
  for (let i = 0; i < dots; i++) {
    const a = (i / dots) * Math.PI * 2;
    out += `<circle cx="${f(cx + s * 0.61 * Math.cos(a))}" cy="${f(cy + s * 0.61 * Math.sin(a))}" r="${f(s * 0.035)}" fill="none" stroke="${p.red}" stroke-width="2"/>`;
  }
  // birds flying around the outer band
  const birds = r.pick([6, 8, 10]);
  for (let i = 0; i < birds; i++) {
    const a = (i / birds) * 360;
    const bx = cx + s * 0.85;
    out += `<path d="M${f(bx - s * 0.05)} ${f(cy)} L${f(bx + s * 0.06)} ${f(cy - s * 0.025)} L${f(bx + s * 0.02)} ${f(cy)} L${f(bx + s * 0.06)} ${f(cy + s * 0.025)} Z" transform="rotate(${f(a)} ${f(cx)} ${f(cy)})" fill="${p.red}" fill-opacity="0.85"/>`;
  }
  return out;
};

/** Bông lúa: curved stalks with grains and long leaves. */
const rice: Motif = (cx, cy, s, p, r) => {
  let out = '';
  const stalks = r.int(3, 5);
  for (let k = 0; k < stalks; k++) {
    const baseX = cx + (k - (stalks - 1) / 2) * s * 0.28;
    const baseY = cy + s * 0.9;
    const bend = r.range(0.25, 0.55) * (k % 2 ? 1 : -1) * s;
    const topX = baseX + bend;
    const topY = cy - s * r.range(0.7, 0.95);
    out += `<path d="M${f(baseX)} ${f(baseY)} Q ${f(baseX)} ${f(cy - s * 0.2)} ${f(topX)} ${f(topY)}" fill="none" stroke="${p.gold}" stroke-width="4"/>`;
    const grains = r.int(7, 10);
    for (let g = 1; g <= grains; g++) {
      const t = 0.45 + (g / grains) * 0.55;
      const x = (1 - t) * (1 - t) * baseX + 2 * (1 - t) * t * baseX + t * t * topX;
      const y = (1 - t) * (1 - t) * baseY + 2 * (1 - t) * t * (cy - s * 0.2) + t * t * topY;
      const side = g % 2 ? 1 : -1;
      out += `<ellipse cx="${f(x + side * s * 0.035)}" cy="${f(y)}" rx="${f(s * 0.022)}" ry="${f(s * 0.05)}" transform="rotate(${side * 28} ${f(x + side * s * 0.035)} ${f(y)})" fill="${p.gold}"/>`;
    }
    const leafDir = k % 2 ? 1 : -1;
    out += `<path d="M${f(baseX)} ${f(baseY - s * 0.2)} q ${f(leafDir * s * 0.35)} ${f(-s * 0.25)} ${f(leafDir * s * 0.55)} ${f(-s * 0.2)} q ${f(-leafDir * s * 0.25)} ${f(s * 0.02)} ${f(-leafDir * s * 0.55)} ${f(s * 0.24)} Z" fill="${p.red}" fill-opacity="0.8"/>`;
  }
  out += `<path d="M${f(cx - s * 1.1)} ${f(cy + s * 0.92)} H ${f(cx + s * 1.1)}" stroke="${p.red}" stroke-width="4" stroke-opacity="0.6"/>`;
  return out;
};

/** Mái nhà: a row of simple buildings, a flag on a pole and a sun. */
const buildings: Motif = (cx, cy, s, p, r) => {
  let out = `<circle cx="${f(cx + s * r.range(-0.6, 0.6))}" cy="${f(cy - s * 0.55)}" r="${f(s * 0.28)}" fill="${p.gold}" fill-opacity="0.7"/>`;
  const ground = cy + s * 0.7;
  const n = r.int(4, 6);
  const width = (s * 2.4) / n;
  for (let i = 0; i < n; i++) {
    const x = cx - s * 1.2 + i * width;
    const hgt = s * r.range(0.45, 0.95);
    const fill = i % 2 ? p.red : p.redDark;
    out += `<rect x="${f(x + 4)}" y="${f(ground - hgt)}" width="${f(width - 8)}" height="${f(hgt)}" fill="${fill}"/>`;
    if (r() < 0.6) {
      out += `<polygon points="${f(x)},${f(ground - hgt)} ${f(x + width / 2)},${f(ground - hgt - width * 0.38)} ${f(x + width)},${f(ground - hgt)}" fill="${p.gold}"/>`;
    }
    const rows = Math.floor(hgt / (s * 0.16));
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < 2; col++) {
        out += `<rect x="${f(x + width * (0.22 + col * 0.36))}" y="${f(ground - hgt + s * 0.08 + row * s * 0.16)}" width="${f(width * 0.2)}" height="${f(s * 0.08)}" fill="${p.goldLight}" fill-opacity="0.85"/>`;
      }
    }
  }
  const poleX = cx + s * r.range(-0.9, 0.9);
  const poleTop = cy - s * 1.05;
  out += `<line x1="${f(poleX)}" y1="${f(ground)}" x2="${f(poleX)}" y2="${f(poleTop)}" stroke="${p.ink}" stroke-width="4"/>`;
  out += `<path d="M${f(poleX)} ${f(poleTop)} q ${f(s * 0.18)} ${f(-s * 0.05)} ${f(s * 0.36)} 0 v ${f(s * 0.24)} q ${f(-s * 0.18)} ${f(s * 0.05)} ${f(-s * 0.36)} 0 Z" fill="${p.red}"/>`;
  out += `<polygon points="${starPoints(poleX + s * 0.18, poleTop + s * 0.12, s * 0.07, s * 0.028)}" fill="${p.gold}"/>`;
  out += `<rect x="${f(cx - s * 1.35)}" y="${f(ground)}" width="${f(s * 2.7)}" height="6" fill="${p.ink}" fill-opacity="0.7"/>`;
  return out;
};

/** Đôi bàn tay nâng một mầm cây: two cupped hands seen from the front, fingers rising at the sides. */
const hands: Motif = (cx, cy, s, p, r) => {
  const hand = (side: number) => {
    const x = (k: number) => f(cx + side * s * k);
    const y = (k: number) => f(cy + s * k);
    // palm: from the wrist below the centre, out and up to the little finger
    let out = `<path d="M${x(0.04)} ${y(0.62)} C ${x(0.3)} ${y(0.66)} ${x(0.62)} ${y(0.5)} ${x(0.7)} ${y(0.2)} L ${x(0.5)} ${y(0.16)} C ${x(0.42)} ${y(0.3)} ${x(0.25)} ${y(0.36)} ${x(0.04)} ${y(0.34)} Z" fill="${p.red}"/>`;
    // four fingers curling up along the outer edge
    for (let i = 0; i < 4; i++) {
      const fx = cx + side * s * (0.5 + i * 0.055);
      const fy = cy + s * (0.16 - i * 0.02);
      const len = s * (0.3 - Math.abs(i - 1.3) * 0.04);
      out += `<rect x="${f(fx - s * 0.035)}" y="${f(fy - len)}" width="${f(s * 0.07)}" height="${f(len + s * 0.06)}" rx="${f(s * 0.035)}" transform="rotate(${f(side * (8 + i * 7))} ${f(fx)} ${f(fy)})" fill="${i % 2 ? p.red : p.redDark}"/>`;
    }
    // thumb lying along the inner rim
    out += `<rect x="${x(side > 0 ? 0.08 : 0.4)}" y="${y(0.26)}" width="${f(s * 0.32)}" height="${f(s * 0.075)}" rx="${f(s * 0.037)}" transform="rotate(${f(side * -18)} ${x(0.24)} ${y(0.3)})" fill="${p.redDark}"/>`;
    return out;
  };
  const leafSize = s * r.range(0.28, 0.36);
  const stemTop = cy - s * 0.35;
  return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 1.05)}" fill="${p.gold}" fill-opacity="0.14"/>
  <circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 1.05)}" fill="none" stroke="${p.gold}" stroke-width="3" stroke-opacity="0.7"/>
  <path d="M${f(cx)} ${f(cy + s * 0.3)} C ${f(cx - s * 0.04)} ${f(cy)} ${f(cx + s * 0.04)} ${f(cy - s * 0.2)} ${f(cx)} ${f(stemTop)}" fill="none" stroke="${p.gold}" stroke-width="6"/>
  <path d="M${f(cx)} ${f(stemTop + s * 0.1)} q ${f(-leafSize)} ${f(-leafSize * 0.2)} ${f(-leafSize * 1.1)} ${f(-leafSize * 0.85)} q ${f(leafSize * 0.8)} ${f(-leafSize * 0.1)} ${f(leafSize * 1.1)} ${f(leafSize * 0.85)} Z" fill="${p.gold}"/>
  <path d="M${f(cx)} ${f(stemTop + s * 0.02)} q ${f(leafSize)} ${f(-leafSize * 0.2)} ${f(leafSize * 1.1)} ${f(-leafSize * 0.85)} q ${f(-leafSize * 0.8)} ${f(-leafSize * 0.1)} ${f(-leafSize * 1.1)} ${f(leafSize * 0.85)} Z" fill="${p.goldLight}"/>
  <ellipse cx="${f(cx)}" cy="${f(cy + s * 0.33)}" rx="${f(s * 0.42)}" ry="${f(s * 0.07)}" fill="${p.ink}" fill-opacity="0.55"/>
  ${hand(-1)}${hand(1)}`;
};

/** Sóng nước: a river with a small boat under a rising sun. */
const river: Motif = (cx, cy, s, p, r) => {
  let out = `<circle cx="${f(cx + s * r.range(-0.5, 0.5))}" cy="${f(cy - s * 0.35)}" r="${f(s * 0.38)}" fill="${p.gold}" fill-opacity="0.85"/>`;
  for (let i = 0; i < 6; i++) {
    const y = cy + s * (0.15 + i * 0.13);
    const amp = s * 0.05;
    const len = s * 0.3;
    let d = `M${f(cx - s * 1.5)} ${f(y)}`;
    for (let k = 0; k < 10; k++) d += ` q ${f(len / 2)} ${f(k % 2 ? amp : -amp)} ${f(len)} 0`;
    out += `<path d="${d}" fill="none" stroke="${i % 2 ? p.gold : p.red}" stroke-width="${i < 2 ? 4 : 3}" stroke-opacity="${f(0.85 - i * 0.1)}"/>`;
  }
  const bx = cx + s * r.range(-0.6, 0.3);
  const by = cy + s * 0.12;
  out += `<path d="M${f(bx - s * 0.42)} ${f(by - s * 0.06)} Q ${f(bx)} ${f(by + s * 0.14)} ${f(bx + s * 0.42)} ${f(by - s * 0.06)} Q ${f(bx)} ${f(by + s * 0.02)} ${f(bx - s * 0.42)} ${f(by - s * 0.06)} Z" fill="${p.redDark}"/>`;
  out += `<path d="M${f(bx - s * 0.16)} ${f(by - s * 0.02)} q ${f(s * 0.16)} ${f(-s * 0.16)} ${f(s * 0.32)} 0 Z" fill="${p.red}"/>`;
  return out;
};

const MOTIFS: Record<string, Motif> = { lotus, star, rays, drum, rice, buildings, hands, river };
/** What each motif shows, for the suggested alt text. */
const MOTIF_ALT: Record<string, string> = {
  lotus: 'hoa sen đỏ và vàng nở trên mặt nước',
  star: 'ngôi sao vàng trên nền tròn đỏ, tỏa tia sáng',
  rays: 'mặt trời đỏ viền vàng tỏa nắng',
  drum: 'hoa văn vòng tròn đồng tâm như mặt trống đồng',
  rice: 'những bông lúa vàng trĩu hạt',
  buildings: 'dãy nhà đỏ và lá cờ đỏ sao vàng trên cột cờ',
  hands: 'đôi bàn tay nâng một mầm cây non',
  river: 'con thuyền nhỏ trên sóng nước dưới mặt trời',
};

/** An SVG drawing and the alt text that describes it. */
interface Drawing {
  svg: string;
  alt: string;
}
/** Which motifs suit which kind of entry: tập thể lean to buildings and emblems, mô hình to life and work. */
const KIND_MOTIFS: Record<Kind, string[]> = {
  'ca-nhan': ['lotus', 'rice', 'hands', 'river', 'rays', 'drum'],
  'tap-the': ['buildings', 'star', 'drum', 'rays', 'lotus'],
  'mo-hinh': ['lotus', 'rice', 'hands', 'river', 'rays', 'drum', 'buildings', 'star'],
};

/** Abstract illustration for collectives, models and gallery images. */
/**
 * `order` is the image's place among its entry's images (from a seed of the
 * entry), so the images of one entry show different motifs.
 */
function patternSvg(w: number, h: number, kind: Kind, seed: number, order: number, sepia: boolean): Drawing {
  const r = rng(seed);
  const p = sepia ? SEPIA : r.pick(WARM);
  const choices = KIND_MOTIFS[kind];
  const main = choices[order % choices.length]!;
  let ghost = r.pick(Object.keys(MOTIFS));
  if (ghost === main) ghost = 'drum';
  const layout = r.pick(['center', 'left', 'right'] as const);
  const size = Math.min(w, h) * r.range(0.3, 0.36);
  const cx = layout === 'center' ? w / 2 : layout === 'left' ? w * 0.34 : w * 0.66;
  const cy = main === 'rays' ? h * 0.78 : h * 0.5;
  // a large faint echo of another motif on the opposite side
  const gx = layout === 'left' ? w * 0.86 : layout === 'right' ? w * 0.14 : r.pick([w * 0.1, w * 0.9]);
  const gy = h * r.range(0.2, 0.8);
  const ghostSvg = MOTIFS[ghost]!(gx, gy, size * 1.25, p, r);
  const mainSvg = MOTIFS[main]!(cx, cy, size, p, r);
  const band =
    r() < 0.5
      ? `<rect x="0" y="${f(h * 0.86)}" width="${w}" height="${f(h * 0.14)}" fill="${p.red}" fill-opacity="0.06"/>`
      : `<rect x="0" y="0" width="${w}" height="${f(h * 0.1)}" fill="${p.gold}" fill-opacity="0.08"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  ${background(w, h, p, r, 'a')}
  ${band}
  <g opacity="0.16">${ghostSvg}</g>
  <g>${mainSvg}</g>
  <rect width="${w}" height="${h}" fill="url(#avig)"/>
  ${frame(w, h, p, r)}
</svg>`;
  return { svg, alt: `Hình minh họa ${MOTIF_ALT[main]}${sepia ? ', tông nâu trầm' : ''}` };
}

// ---------------------------------------------------------------- portraits

interface Person {
  gender?: 'nam' | 'nữ';
  position?: string;
  birthYear?: number;
  living?: boolean;
}

const CLOTH = ['#8b1a1a', '#2f3e5c', '#f4efe4', '#3d5a6c', '#6b2f3a', '#2e4a3f', '#7a5a2a'];
const MILITARY = /chiến sĩ|quân sự|quân nhân|bộ đội|thiếu úy|trung úy|thượng úy|đại úy|thiếu tá|trung tá/i;

/** Chân dung cách điệu: head and shoulders as a cameo silhouette before a gold halo. */
function portraitSvg(w: number, h: number, person: Person, seed: number): Drawing {
  const r = rng(seed);
  const sepia = person.living === false;
  const p = sepia ? SEPIA : r.pick(WARM);
  const female = person.gender === 'nữ';
  const military = MILITARY.test(person.position ?? '');
  const older = (person.birthYear ?? 1985) < 1962;
  const cx = w * r.pick([0.5, 0.44, 0.56, 0.4, 0.6]);
  const headR = h * 0.15;
  const headY = h * 0.38;
  const skin = sepia ? '#4a3a2e' : r.pick(['#5e2219', '#662a1e', '#57201a', '#6d2d22']);
  const hairColor = older
    ? sepia
      ? '#9b8f80'
      : '#b9aa96'
    : sepia
      ? '#2a211a'
      : r.pick(['#2b0d0a', '#331210', '#24100c']);
  let cloth = military ? '#4b5a34' : r.pick(CLOTH);
  if (sepia) cloth = r.pick(['#3d3128', '#5a4a3c', '#e6dccb']);
  const light = cloth === '#f4efe4' || cloth === '#e6dccb';
  const clothEdge = light ? p.gold : p.ink;
  const shoulderY = h * 0.64;
  const sw = w * r.range(0.23, 0.27);
  const collar = military
    ? 'military'
    : r.pick(female ? (['aodai', 'aodai', 'shirt', 'scarf'] as const) : (['suit', 'shirt', 'polo', 'suit'] as const));

  // halo and rings behind the head
  let out = background(w, h, p, r, 'p');
  out += `<defs><radialGradient id="halo" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="${p.goldLight}" stop-opacity="0.95"/><stop offset="0.7" stop-color="${p.gold}" stop-opacity="0.45"/><stop offset="1" stop-color="${p.gold}" stop-opacity="0"/></radialGradient></defs>`;
  out += `<circle cx="${f(cx)}" cy="${f(headY + h * 0.05)}" r="${f(h * 0.42)}" fill="url(#halo)"/>`;
  for (let i = 0; i < 4; i++) {
    out += `<circle cx="${f(cx)}" cy="${f(headY + h * 0.05)}" r="${f(h * (0.44 + i * 0.06))}" fill="none" stroke="${i % 2 ? p.red : p.gold}" stroke-opacity="${f(0.35 - i * 0.06)}" stroke-width="${i === 0 ? 4 : 2}"/>`;
  }
  // side ornaments: rice stalks or lotus echo, faint
  const side = r.pick(['rice', 'lotus', 'drum'] as const);
  out += `<g opacity="0.18">${MOTIFS[side]!(cx < w / 2 ? w * 0.85 : w * 0.15, h * 0.55, h * 0.3, p, r)}</g>`;

  // long hair falls behind the shoulders
  const hairStyle = female
    ? r.pick(['bun', 'long', 'bob'] as const)
    : r.pick(older ? (['receding', 'short'] as const) : (['short', 'side', 'short'] as const));
  if (hairStyle === 'long') {
    out += `<path d="M${f(cx - headR * 1.1)} ${f(headY - headR * 0.2)} Q ${f(cx - headR * 1.35)} ${f(shoulderY)} ${f(cx - headR * 1.2)} ${f(shoulderY + h * 0.06)} H ${f(cx + headR * 1.2)} Q ${f(cx + headR * 1.35)} ${f(shoulderY)} ${f(cx + headR * 1.1)} ${f(headY - headR * 0.2)} Z" fill="${hairColor}"/>`;
  }
  // shoulders and body
  out += `<path d="M${f(cx - sw)} ${f(h)} C ${f(cx - sw)} ${f(shoulderY + h * 0.06)} ${f(cx - sw * 0.8)} ${f(shoulderY - h * 0.02)} ${f(cx - sw * 0.35)} ${f(shoulderY - h * 0.04)} L ${f(cx + sw * 0.35)} ${f(shoulderY - h * 0.04)} C ${f(cx + sw * 0.8)} ${f(shoulderY - h * 0.02)} ${f(cx + sw)} ${f(shoulderY + h * 0.06)} ${f(cx + sw)} ${f(h)} Z" fill="${cloth}" stroke="${clothEdge}" stroke-opacity="0.5" stroke-width="2"/>`;
  // neck
  out += `<path d="M${f(cx - headR * 0.42)} ${f(headY + headR * 0.7)} L ${f(cx - headR * 0.48)} ${f(shoulderY - h * 0.02)} Q ${f(cx)} ${f(shoulderY + h * 0.03)} ${f(cx + headR * 0.48)} ${f(shoulderY - h * 0.02)} L ${f(cx + headR * 0.42)} ${f(headY + headR * 0.7)} Z" fill="${skin}"/>`;

  // collar
  const ny = shoulderY - h * 0.035;
  if (collar === 'aodai' || collar === 'military') {
    out += `<path d="M${f(cx - headR * 0.55)} ${f(ny - h * 0.035)} Q ${f(cx)} ${f(ny + h * 0.005)} ${f(cx + headR * 0.55)} ${f(ny - h * 0.035)} L ${f(cx + headR * 0.6)} ${f(ny + h * 0.01)} Q ${f(cx)} ${f(ny + h * 0.05)} ${f(cx - headR * 0.6)} ${f(ny + h * 0.01)} Z" fill="${cloth}" stroke="${clothEdge}" stroke-opacity="0.6" stroke-width="2"/>`;
    if (collar === 'aodai') {
      out += `<path d="M${f(cx + headR * 0.1)} ${f(ny + h * 0.04)} Q ${f(cx + sw * 0.45)} ${f(ny + h * 0.08)} ${f(cx + sw * 0.62)} ${f(ny + h * 0.2)}" fill="none" stroke="${p.gold}" stroke-width="3" stroke-opacity="0.8"/>`;
    } else {
      for (const s of [-1, 1]) {
        out += `<polygon points="${f(cx + s * headR * 0.62)},${f(ny + h * 0.025)} ${f(cx + s * headR * 1.3)},${f(ny + h * 0.04)} ${f(cx + s * headR * 0.95)},${f(ny + h * 0.1)}" fill="#a11d1d" stroke="${p.gold}" stroke-width="1.5"/>`;
        out += `<rect x="${f(cx + s * sw * 0.72 - h * 0.045)}" y="${f(shoulderY - h * 0.005)}" width="${f(h * 0.09)}" height="${f(h * 0.025)}" rx="4" fill="${p.gold}" transform="rotate(${s * 12} ${f(cx + s * sw * 0.72)} ${f(shoulderY)})"/>`;
      }
      out += `<circle cx="${f(cx)}" cy="${f(ny + h * 0.13)}" r="${f(h * 0.008)}" fill="${p.gold}"/><circle cx="${f(cx)}" cy="${f(ny + h * 0.2)}" r="${f(h * 0.008)}" fill="${p.gold}"/>`;
    }
  } else if (collar === 'suit') {
    out += `<path d="M${f(cx - headR * 0.5)} ${f(ny)} L ${f(cx)} ${f(ny + h * 0.16)} L ${f(cx + headR * 0.5)} ${f(ny)} Z" fill="#f4efe4"/>`;
    out += `<path d="M${f(cx - headR * 0.5)} ${f(ny)} L ${f(cx - headR * 0.1)} ${f(ny + h * 0.2)} L ${f(cx - sw * 0.45)} ${f(ny + h * 0.06)} Z M${f(cx + headR * 0.5)} ${f(ny)} L ${f(cx + headR * 0.1)} ${f(ny + h * 0.2)} L ${f(cx + sw * 0.45)} ${f(ny + h * 0.06)} Z" fill="${light ? '#2f3e5c' : cloth}" stroke="${p.ink}" stroke-opacity="0.6" stroke-width="2"/>`;
    out += `<path d="M${f(cx - h * 0.012)} ${f(ny + h * 0.02)} L ${f(cx + h * 0.012)} ${f(ny + h * 0.02)} L ${f(cx + h * 0.018)} ${f(ny + h * 0.13)} L ${f(cx)} ${f(ny + h * 0.15)} L ${f(cx - h * 0.018)} ${f(ny + h * 0.13)} Z" fill="${p.red}"/>`;
  } else if (collar === 'shirt') {
    out += `<path d="M${f(cx - headR * 0.55)} ${f(ny - h * 0.01)} L ${f(cx)} ${f(ny + h * 0.07)} L ${f(cx - headR * 0.15)} ${f(ny + h * 0.1)} L ${f(cx - headR * 0.75)} ${f(ny + h * 0.04)} Z M${f(cx + headR * 0.55)} ${f(ny - h * 0.01)} L ${f(cx)} ${f(ny + h * 0.07)} L ${f(cx + headR * 0.15)} ${f(ny + h * 0.1)} L ${f(cx + headR * 0.75)} ${f(ny + h * 0.04)} Z" fill="${light ? '#ffffff' : p.goldLight}" fill-opacity="0.9"/>`;
  } else if (collar === 'polo') {
    out += `<path d="M${f(cx - headR * 0.6)} ${f(ny)} Q ${f(cx)} ${f(ny + h * 0.07)} ${f(cx + headR * 0.6)} ${f(ny)}" fill="none" stroke="${light ? p.red : p.goldLight}" stroke-width="6"/>`;
  } else {
    // scarf
    const scarf = r.pick([p.red, '#2f3e5c', p.gold]);
    out += `<path d="M${f(cx - headR * 0.7)} ${f(ny - h * 0.01)} Q ${f(cx)} ${f(ny + h * 0.06)} ${f(cx + headR * 0.7)} ${f(ny - h * 0.01)} L ${f(cx + headR * 0.5)} ${f(ny + h * 0.05)} L ${f(cx + headR * 0.2)} ${f(ny + h * 0.2)} L ${f(cx)} ${f(ny + h * 0.06)} Q ${f(cx - headR * 0.4)} ${f(ny + h * 0.06)} ${f(cx - headR * 0.7)} ${f(ny - h * 0.01)} Z" fill="${scarf}" stroke="${scarf === p.gold ? p.red : p.gold}" stroke-width="2"/>`;
  }

  // head
  out += `<ellipse cx="${f(cx)}" cy="${f(headY)}" rx="${f(headR * 0.86)}" ry="${f(headR)}" fill="${skin}"/>`;
  out += `<ellipse cx="${f(cx - headR * 0.86)}" cy="${f(headY + headR * 0.1)}" rx="${f(headR * 0.1)}" ry="${f(headR * 0.18)}" fill="${skin}"/><ellipse cx="${f(cx + headR * 0.86)}" cy="${f(headY + headR * 0.1)}" rx="${f(headR * 0.1)}" ry="${f(headR * 0.18)}" fill="${skin}"/>`;
  // hair on top
  const top = headY - headR;
  if (hairStyle === 'short' || hairStyle === 'side') {
    out += `<path d="M${f(cx - headR * 0.9)} ${f(headY - headR * 0.05)} C ${f(cx - headR * 1.0)} ${f(top - headR * 0.25)} ${f(cx + headR * 1.0)} ${f(top - headR * 0.25)} ${f(cx + headR * 0.9)} ${f(headY - headR * 0.05)} C ${f(cx + headR * 0.7)} ${f(top + headR * 0.35)} ${f(cx - headR * 0.5)} ${f(top + headR * 0.25)} ${f(cx - headR * 0.9)} ${f(headY - headR * 0.05)} Z" fill="${hairColor}"/>`;
    if (hairStyle === 'side') {
      out += `<path d="M${f(cx - headR * 0.2)} ${f(top - headR * 0.05)} Q ${f(cx + headR * 0.5)} ${f(top + headR * 0.05)} ${f(cx + headR * 0.85)} ${f(headY - headR * 0.3)}" fill="none" stroke="${p.gold}" stroke-opacity="0.35" stroke-width="3"/>`;
    }
  } else if (hairStyle === 'receding') {
    out += `<path d="M${f(cx - headR * 0.9)} ${f(headY)} C ${f(cx - headR * 0.95)} ${f(top + headR * 0.1)} ${f(cx - headR * 0.5)} ${f(top - headR * 0.05)} ${f(cx - headR * 0.2)} ${f(top + headR * 0.05)} L ${f(cx - headR * 0.55)} ${f(headY - headR * 0.25)} Z M${f(cx + headR * 0.9)} ${f(headY)} C ${f(cx + headR * 0.95)} ${f(top + headR * 0.1)} ${f(cx + headR * 0.5)} ${f(top - headR * 0.05)} ${f(cx + headR * 0.2)} ${f(top + headR * 0.05)} L ${f(cx + headR * 0.55)} ${f(headY - headR * 0.25)} Z" fill="${hairColor}"/>`;
  } else {
    // women: parted hair over the crown, bun or bob
    out += `<path d="M${f(cx - headR * 0.95)} ${f(headY + headR * (hairStyle === 'bob' ? 0.7 : 0.1))} C ${f(cx - headR * 1.1)} ${f(top - headR * 0.2)} ${f(cx + headR * 1.1)} ${f(top - headR * 0.2)} ${f(cx + headR * 0.95)} ${f(headY + headR * (hairStyle === 'bob' ? 0.7 : 0.1))} C ${f(cx + headR * 0.75)} ${f(top + headR * 0.5)} ${f(cx + headR * 0.1)} ${f(top + headR * 0.2)} ${f(cx)} ${f(top + headR * 0.12)} C ${f(cx - headR * 0.1)} ${f(top + headR * 0.2)} ${f(cx - headR * 0.75)} ${f(top + headR * 0.5)} ${f(cx - headR * 0.95)} ${f(headY + headR * (hairStyle === 'bob' ? 0.7 : 0.1))} Z" fill="${hairColor}"/>`;
    if (hairStyle === 'bun') {
      out += `<circle cx="${f(cx + headR * r.pick([-0.55, 0, 0.55]))}" cy="${f(top - headR * 0.15)}" r="${f(headR * 0.36)}" fill="${hairColor}"/>`;
    }
  }
  // a small gold pin for Party members and officials
  if (r() < 0.6) {
    out += `<polygon points="${starPoints(cx - sw * 0.42, shoulderY + h * 0.1, h * 0.018, h * 0.007)}" fill="${p.gold}"/>`;
  }
  out += `<rect width="${w}" height="${h}" fill="url(#pvig)"/>`;
  out += frame(w, h, p, r);
  const who = female ? 'một người phụ nữ' : 'một người đàn ông';
  const attire = {
    military: 'mặc quân phục',
    aodai: 'mặc áo dài',
    suit: 'mặc com-lê, thắt cà vạt',
    shirt: 'mặc áo sơ mi',
    polo: 'mặc áo thun có cổ',
    scarf: 'quàng khăn',
  }[collar];
  const hair = older ? ', tóc bạc,' : '';
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${out}</svg>`,
    alt: `Hình minh họa chân dung cách điệu ${who}${hair} ${attire}, ${sepia ? 'tông nâu trầm' : 'phía sau là vầng sáng vàng'}`,
  };
}

// ---------------------------------------------------------------- content

interface Job {
  file: string;
  kind: Kind;
  slug: string;
  /** Place among the entry's images, offset by a seed of the entry. */
  order: number;
  role: 'cover' | 'gallery';
  person: Person;
}

/** An entry's frontmatter and story, read as the site reads them (src/checks/frontmatter.ts). */
function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const source = parseSource(text, 'index.mdx', 'mdx');
  if (!source.data) throw new Error(source.problems[0]?.message ?? 'không đọc được');
  return { data: source.data, body: source.body };
}

function srcOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'src' in value) {
    const src = (value as { src: unknown }).src;
    if (typeof src === 'string' && src.startsWith('./')) return src;
  }
  return undefined;
}

async function collectJobs(root: string): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const kind of KINDS) {
    const dir = path.join(root, kind);
    if (!existsSync(dir)) continue;
    for (const slug of (await readdir(dir)).sort()) {
      const index = path.join(dir, slug, 'index.mdx');
      if (!existsSync(index)) continue;
      let parsed: ReturnType<typeof frontmatter>;
      try {
        parsed = frontmatter(await readFile(index, 'utf8'));
      } catch (error) {
        console.error(
          `Bỏ qua ${path.relative(root, index)}: phần đầu (frontmatter) không đọc được. ${(error as Error).message.split('\n')[0]}`,
        );
        process.exitCode = 1;
        continue;
      }
      const { data, body } = parsed;
      // A drawn portrait only for an illustrative person: a real person's page never shows an invented
      // face or silhouette (no photo: leave cover out, the site draws a typographic cover).
      if (kind === 'ca-nhan' && data.sample !== true) continue;
      const person: Person = {
        gender: data.gender === 'nam' || data.gender === 'nữ' ? data.gender : undefined,
        position: typeof data.position === 'string' ? data.position : undefined,
        birthYear: typeof data.birthYear === 'number' ? data.birthYear : undefined,
        living: typeof data.living === 'boolean' ? data.living : undefined,
      };
      const offset = hash(`${kind}/${slug}`) % 97;
      let count = 0;
      const add = (src: string | undefined, role: Job['role']) => {
        if (!src) return;
        const file = path.join(dir, slug, src.slice(2));
        if (!jobs.some((j) => j.file === file)) jobs.push({ file, kind, slug, order: offset + count++, role, person });
      };
      add(srcOf(data.cover), 'cover');
      if (Array.isArray(data.gallery)) for (const item of data.gallery) add(srcOf(item), 'gallery');
      for (const m of body.matchAll(/<Figure\b[^>]*\bsrc="(\.\/[^"]+)"/g)) add(m[1], 'gallery');
    }
  }
  return jobs;
}

function draw(job: Job): Drawing {
  const size = job.role === 'cover' ? COVER : GALLERY;
  const seed = hash(`${job.kind}/${job.slug}/${path.basename(job.file)}`);
  return job.kind === 'ca-nhan' && job.role === 'cover'
    ? portraitSvg(size.width, size.height, job.person, seed)
    : patternSvg(size.width, size.height, job.kind, seed, job.order, job.person.living === false);
}

async function render(job: Job): Promise<number> {
  const { svg } = draw(job);
  const format = path.extname(job.file).toLowerCase();
  let quality = 76;
  for (;;) {
    const image = sharp(Buffer.from(svg));
    const buffer =
      format === '.png'
        ? await image.png({ compressionLevel: 9, palette: true }).toBuffer()
        : format === '.webp'
          ? await image.webp({ quality }).toBuffer()
          : format === '.avif'
            ? await image.avif({ quality: quality - 20 }).toBuffer()
            : await image.jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' }).toBuffer();
    if (buffer.length <= MAX_BYTES || quality <= 50) {
      await writeFile(job.file, buffer);
      return buffer.length;
    }
    quality -= 6;
  }
}

async function main() {
  const force = process.argv.includes('--force');
  const root = contentDir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
  const jobs = await collectJobs(root);
  if (process.argv.includes('--alt')) {
    // A suggested alt text for each picture; nothing is drawn.
    const alts: Record<string, string> = {};
    for (const job of jobs) alts[path.relative(root, job.file)] = draw(job).alt;
    console.log(JSON.stringify(alts, null, 2));
    return;
  }
  let written = 0;
  let skipped = 0;
  let tooBig = 0;
  for (const job of jobs) {
    if (!force && existsSync(job.file) && (await stat(job.file)).size > 0) {
      skipped++;
      continue;
    }
    const bytes = await render(job);
    written++;
    if (bytes > MAX_BYTES) tooBig++;
    console.log(
      `${path.relative(root, job.file)}  ${(bytes / 1024).toFixed(0)} KB${bytes > MAX_BYTES ? '  (quá 200 KB)' : ''}`,
    );
  }
  console.log(`Đã vẽ ${written} ảnh, bỏ qua ${skipped} ảnh đã có${tooBig ? `, ${tooBig} ảnh quá 200 KB` : ''}.`);
  if (tooBig) process.exitCode = 1;
}

await main();
