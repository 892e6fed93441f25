import { describe, expect, it } from 'vitest';
import { foreignScripts } from '../support/dist.ts';

/** The build tests' detector of smuggled scripts (test/support/dist.ts), on pages made by hand. */
describe('foreignScripts', () => {
  const ours =
    '<script type="application/ld+json">{"a":"\\u003c/script>"}</script><script type="module" src="/_astro/Search.B1x_y.js"></script>';

  it('passes JSON-LD, the site module files and "<script>" as text of an attribute or a comment', () => {
    const doc = `<html><head><meta name="description" content="a </script><script>x</script> > b">${ours}</head><body><!-- <script>no</script> --><p title='<script>'>1 < 2</p></body></html>`;
    expect(foreignScripts(doc)).toEqual([]);
  });

  it('finds a script element, an event handler, a javascript: address and JSON-LD that text has closed', () => {
    const doc = [
      '<p>a</p><script>alert(1)</script>',
      '<img src=x onerror="alert(2)">',
      '<a href=" javascript:alert(3)">x</a>',
      '<script type="application/ld+json">{"a":"</script><script>alert(4)</script>',
      '<script type="module" src="https://example.com/x.js"></script>',
    ].join('\n');
    expect(foreignScripts(doc).map((s) => s.split('\n').at(-1))).toEqual([
      '<p>a</p><script>',
      '<img src=x onerror="alert(2)">',
      '<a href=" javascript:alert(3)">',
      '<script type="application/ld+json">',
      '<script type="application/ld+json">{"a":"</script><script>',
      '<script type="module" src="https://example.com/x.js">',
    ]);
  });
});
