/**
 * What an editor does with the `npm run new` templates (scripts/lib/new-entry.ts,
 * scripts/lib/new-data-file.ts): fill the placeholders, switch optional fields on,
 * write the story. Shared by the templates' unit tests and the editor-flow
 * build test.
 */

/** What an editor writes in place of each `""  # … cần điền`. */
const fillValues: Record<string, string> = {
  summary: 'Một hoặc hai câu tóm tắt về tấm gương.',
  position: 'Giáo viên Trường Tiểu học Thới An',
  living: 'true',
  by: 'Chính người được giới thiệu',
  date: '2024-05-01',
  province: 'Cần Thơ',
  alt: 'Cô giáo đứng giảng bài trước lớp',
  credit: '"Ảnh: T.T"',
  title: 'Tiêu đề bài báo nguồn',
  publisher: 'Báo Cần Thơ',
  description: 'Một vài câu giới thiệu, theo nguồn.',
  issuer: 'Ban Chấp hành Trung ương',
};

/** Fill every placeholder; a list item to fill (`- ""`) becomes `item`: a field, or an entry of a collection. */
export function fill(text: string, { item = 'Dân vận' }: { item?: string } = {}): string {
  return text
    .replace(/^(\s*(?:- )?)([A-Za-z]+): "" # … cần điền.*$/gm, (_, lead: string, key: string) => {
      if (!(key in fillValues)) throw new Error(`no value to fill ${key}`);
      return `${lead}${key}: ${fillValues[key]}`;
    })
    .replace(/^(\s*)- "" # … cần điền.*$/gm, `$1- ${item}`);
}

/** Turn on every switched-off field: "# key: …" and "#   - …" lines lose their "# ". */
export function switchOn(text: string): string {
  return text.replace(/^(\s*)# (\s*(?:- )?[A-Za-z]+:(?: .*)?|\s*- .*)$/gm, '$1$2');
}

/** Write over the "…" of switched-on example values, as the template asks (a bare "…" is rejected). */
export function writeOver(text: string): string {
  return text.replace(/^(\s*(?:- )?[A-Za-z]+): …$/gm, '$1: Ghi theo nguồn.');
}

/** The story: a paragraph, and the three example components taken out of their comment. */
export function writeStory(text: string): string {
  const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text)!;
  const examples = /\n(\s*<Quote[\s\S]*?)\n\*\/\}/.exec(body!)![1]!.replace(/^ {2}/gm, '');
  return `${frontmatter}\nCâu chuyện về tấm gương, viết theo nguồn đã dẫn.\n\n${examples}\n`;
}
