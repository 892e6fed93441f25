import { fold } from './fold.ts';

/** Edit distance between two short strings, a swap of neighbours counting once ("titel" → "title" is 1). */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The option an editor most likely meant, compared without accents and case:
 * "Quang Ninh" → "Quảng Ninh", "titel" → "title". Undefined when nothing is close.
 */
export function suggest(value: string, options: readonly string[]): string | undefined {
  const v = fold(value).trim();
  if (!v) return undefined;
  const exact = options.find((o) => fold(o) === v);
  if (exact) return exact;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const o of options) {
    const d = distance(v, fold(o));
    if (d < bestScore) {
      bestScore = d;
      best = o;
    }
  }
  return bestScore <= Math.max(1, Math.floor(v.length / 4)) ? best : undefined;
}

/** The words of a folded label: "Cải cách hành chính, đạo đức công vụ" → cai, cach, hanh, …. */
const words = (text: string) =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Up to `max` options an editor may have meant, nearest first: the same
 * letters without accents, a small typo, or a label that holds every word
 * written ("Đạo đức công vụ" → "Cải cách hành chính, đạo đức công vụ").
 */
export function suggestions(value: string, options: readonly string[], max = 3): string[] {
  const typo = suggest(value, options);
  const written = words(value);
  const wider =
    written.length && written.join('').length >= 3
      ? options
          .filter((o) => o !== typo && written.every((w) => words(o).includes(w)))
          .sort((a, b) => words(a).length - words(b).length)
      : [];
  return [...(typo ? [typo] : []), ...wider].slice(0, max);
}
