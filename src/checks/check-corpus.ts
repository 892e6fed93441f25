/**
 * Checks across files: what no single file can tell (two entries at the same
 * address, the same person entered twice).
 */
import { kindIds, type KindId } from '../data/kinds.ts';
import { fold } from '../lib/fold.ts';
import type { Problem } from '../lib/problems.ts';
import type { ContentIndex } from './content-index.ts';

/** Entries of different kinds with the same slug: reported on the later kind's file. */
export function duplicateSlugs(index: ContentIndex, kind: KindId, dir: string): Problem[] {
  const problems: Problem[] = [];
  const earlier = kindIds.slice(0, kindIds.indexOf(kind));
  for (const ref of index.entries) {
    const [k, id] = ref.split('/') as [KindId, string];
    if (k !== kind) continue;
    const other = earlier.find((e) => index.entries.has(`${e}/${id}`));
    if (other) {
      problems.push({
        file: `${dir}/${kind}/${id}/index.mdx`,
        field: 'title',
        message: `Đã có một mục khác cùng tên "${id}" ở ${dir}/${other}/${id}.`,
        fix: 'Nếu là cùng một người, đơn vị hay mô hình, hãy gộp vào một bài; nếu khác, thêm chi tiết phân biệt vào tiêu đề (ví dụ tên xã, năm).',
      });
    }
  }
  return problems;
}

/** A cover or gallery picture of an entry, by the digest of its bytes. */
export interface PictureRecord {
  file: string;
  /** The image's file name beside index.mdx ("anh-bia.jpg"). */
  name: string;
  /** The field that names it ("cover.src", "gallery.0.src") and where it is written. */
  field: string;
  line?: number;
  column?: number;
  hash: string;
  /** Marked `shared: true`: using the same photo as another entry is meant. */
  shared: boolean;
}

/**
 * The same photo (same bytes) in two entries, reported on the later file
 * unless that entry marks it `shared: true`: a borrowed picture shows one
 * person or place as another.
 */
export function duplicatePictures(pictures: readonly PictureRecord[]): Problem[] {
  const first = new Map<string, PictureRecord>();
  const problems: Problem[] = [];
  for (const p of [...pictures].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field))) {
    const earlier = first.get(p.hash);
    if (!earlier) {
      first.set(p.hash, p);
      continue;
    }
    if (earlier.file === p.file || p.shared) continue;
    const folder = earlier.file.replace(/\/index\.mdx$/, '');
    problems.push({
      file: p.file,
      ...(p.line ? { line: p.line, column: p.column } : {}),
      field: p.field,
      message: `Ảnh "${p.name}" giống hệt ảnh ${folder}/${earlier.name} của một bài khác.`,
      fix: 'Dùng ảnh của chính người, tập thể, mô hình này; chưa có ảnh thì bỏ ảnh (trang tự dựng bìa chữ "Chưa có ảnh"). Nếu hai bài cố ý dùng chung ảnh (ví dụ ảnh một buổi lễ chung), thêm dòng "shared: true" vào nhóm của ảnh đó (thụt lề như dòng src).',
    });
  }
  return problems;
}

/** A name compared without accents, case or a qualifier in brackets: "Nguyễn Văn An (Cần Thơ)" → "nguyen van an". */
function personName(title: string): string {
  return fold(title.replace(/\s*[([].*$/, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A person as far as duplicate detection needs. */
export interface PersonRecord {
  file: string;
  title: string;
  units: string[];
  birthYear?: number;
}

/** The same person twice: same name (without accents) and the same unit or birth year. */
export function duplicatePeople(people: PersonRecord[]): Problem[] {
  const problems: Problem[] = [];
  // Group by name first: only people with the same name are compared (linear for 25,000 entries).
  const byName = new Map<string, PersonRecord[]>();
  for (const person of [...people].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = personName(person.title);
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  for (const group of byName.values()) {
    for (let i = 1; i < group.length; i++) {
      const b = group[i]!;
      for (const a of group.slice(0, i)) {
        const sameUnit = a.units.some((u) => b.units.includes(u));
        const sameYear = a.birthYear !== undefined && a.birthYear === b.birthYear;
        if (sameUnit || sameYear) {
          problems.push({
            file: b.file,
            field: 'title',
            message: `Có vẻ "${b.title}" đã có bài ở ${a.file} (cùng tên và cùng ${sameUnit ? 'đơn vị' : 'năm sinh'}).`,
            fix: 'Bổ sung vào bài đã có thay vì tạo bài mới; nếu là hai người khác nhau, ghi thêm chi tiết phân biệt vào tiêu đề.',
          });
          break;
        }
      }
    }
  }
  return problems;
}
