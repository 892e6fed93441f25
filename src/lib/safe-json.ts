/**
 * JSON for the inside of a `<script>` element (JSON-LD). JSON.stringify leaves
 * `<` as it is, so a title holding `</script><script>…` would end the element
 * and run; `<`, `>` and `&` become `\u` escapes (the same value to any JSON
 * reader), and so do U+2028/U+2029, which old JavaScript parsers read as line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
