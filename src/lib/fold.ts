/**
 * Vietnamese text folding: the one place that knows how to compare Vietnamese
 * words without their diacritics. Unicode decomposition drops the tone and
 * vowel marks, but đ/Đ has no decomposition, so it is mapped by hand.
 */

import { stripInvisible } from './invisible.ts';

/** Normalise to NFC, the form every stored text uses. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Remove diacritics and invisible characters, fold đ → d and lower-case: "Đảng ủy" → "dang uy". */
export function fold(text: string): string {
  return stripInvisible(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** Collapse runs of white space and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
