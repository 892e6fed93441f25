/**
 * Content problems where editors read them on GitHub: one `::error` workflow
 * command per problem (an annotation at its file and line in the pull
 * request's "Files changed"), and a Vietnamese job summary in Markdown.
 */
import { formatNumber } from '../../src/lib/format.ts';
import { sortProblems, type Problem } from '../../src/lib/problems.ts';

/** A workflow command's message: %, CR and LF escaped (GitHub's rules). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A workflow command's property value: also ":" and ",". */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message → fix` for one problem. */
export function annotation(p: Problem): string {
  const props = [
    `file=${escapeProperty(p.file)}`,
    ...(p.line ? [`line=${p.line}`, `col=${p.column ?? 1}`] : []),
    `title=${escapeProperty(`Lỗi nội dung: ${p.field}`)}`,
  ];
  return `::error ${props.join(',')}::${escapeData(p.fix ? `${p.message} → ${p.fix}` : p.message)}`;
}

/** A Markdown table cell: one line, no column break. */
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** The job summary: what was checked, then every problem grouped by file, each with its line and fix. */
export function jobSummary(problems: readonly Problem[], files: number): string {
  if (!problems.length)
    return `## Kiểm tra nội dung: không có lỗi\n\nĐã kiểm tra ${formatNumber(files)} tệp trong thư mục content.\n`;
  const byFile = new Map<string, Problem[]>();
  for (const p of sortProblems(problems)) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const out = [
    `## Kiểm tra nội dung: ${formatNumber(problems.length)} lỗi trong ${formatNumber(byFile.size)} tệp`,
    '',
    'Trang chưa được dựng vì nội dung còn lỗi. Mở thẻ **Files changed** của pull request để thấy từng lỗi ngay tại dòng của nó, ' +
      'hoặc đọc bảng dưới đây. Sửa tệp ngay trên GitHub (biểu tượng bút chì), bấm **Commit changes**: kiểm tra sẽ tự chạy lại.',
  ];
  for (const [file, list] of byFile) {
    out.push('', `### ${file}`, '', '| Dòng | Trường | Lỗi | Cách sửa |', '| ---: | --- | --- | --- |');
    for (const p of list)
      out.push(`| ${p.line ?? ''} | ${cell(p.field)} | ${cell(p.message)} | ${cell(p.fix ?? '')} |`);
  }
  return `${out.join('\n')}\n`;
}
