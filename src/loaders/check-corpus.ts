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
