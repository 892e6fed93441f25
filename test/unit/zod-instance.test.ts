/**
 * The schemas import zod through astro/zod, the copy Astro validates content
 * with; the zod package.json declares must be that same copy (one zod 4 in the
 * lock file), so its version is the one the schemas run on.
 */
import { z as astroZod } from 'astro/zod';
import * as zod from 'zod';
import { describe, expect, it } from 'vitest';

describe('zod', () => {
  it('the declared zod is the copy Astro uses', () => {
    expect(astroZod.object).toBe(zod.object);
    expect(astroZod.ZodType).toBe(zod.ZodType);
  });
});
