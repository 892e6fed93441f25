import { Parser, type CST, type LineCounter } from 'yaml';
import { MAX_YAML_DEPTH } from '../lib/limits.ts';

/** A hostile or needlessly complex YAML construct, found before the text is composed. */
export interface YamlHazard {
  offset: number;
  message: string;
  fix: string;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Find anchors (&a), aliases (*a) and merge keys (<<) — editors never need
 * them, and aliases are how a "billion laughs" file explodes — and nesting
 * deeper than MAX_YAML_DEPTH. Uses yaml's parser, which keeps its own stack,
 * and walks the tree with an explicit stack: nothing here recurses, so a
 * 5,000-deep file cannot overflow the call stack before it is refused.
 */
export function yamlHazards(text: string, lineCounter?: LineCounter): YamlHazard[] {
  const hazards: YamlHazard[] = [];
  let alias: YamlHazard | undefined;
  const stack: { node: unknown; depth: number }[] = [];
  for (const token of new Parser(lineCounter?.addNewLine).parse(text)) stack.push({ node: token, depth: 0 });
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, depth });
      continue;
    }
    const token = node as CST.Token & { key?: CST.Token };
    const level = COLLECTIONS.has(token.type) ? depth + 1 : depth;
    if (level > MAX_YAML_DEPTH) {
      return [
        {
          offset: (token as { offset: number }).offset,
          message: `Dữ liệu lồng nhau quá sâu (hơn ${MAX_YAML_DEPTH} tầng danh sách hoặc nhóm).`,
          fix: 'Mỗi bài chỉ cần vài tầng thụt lề: xem lại các dấu [ ] { } và các dòng "- " ở đây.',
        },
      ];
    }
    const isAnchor = token.type === 'anchor' || token.type === 'alias';
    const isMerge = token.key && 'source' in token.key && token.key.source === '<<';
    if ((isAnchor || isMerge) && (!alias || (token as { offset: number }).offset < alias.offset)) {
      const offset = isMerge ? (token.key as { offset: number }).offset : (token as { offset: number }).offset;
      alias = {
        offset,
        message: 'Không dùng & và * trong YAML (neo, bí danh) hay khóa gộp <<: mỗi giá trị phải được viết ra đầy đủ.',
        fix: 'Viết thẳng giá trị vào từng chỗ cần dùng; nếu & hoặc * là một phần của chữ, đặt cả giá trị trong dấu ngoặc kép.',
      };
    }
    for (const value of Object.values(token))
      if (value && typeof value === 'object') stack.push({ node: value, depth: level });
  }
  if (alias) hazards.push(alias);
  return hazards;
}
