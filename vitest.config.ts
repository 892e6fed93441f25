/// <reference types="vitest/config" />
/**
 * Vitest configuration, wrapped in the site's own Astro/Vite setup
 * (`getViteConfig` reads astro.config.mjs) so `astro/zod` and the other
 * Astro modules resolve in tests as they do in the site.
 *
 * Three projects: `unit` (logic and schemas, no build); `site`, whose
 * global setup builds the sample site once and serves it for the tests that
 * read dist/ (test/build) and drive Chromium (test/e2e); and `dev`, which
 * times `astro dev` previewing an edit and so runs in a group of its own
 * (`sequence.groupOrder`), not beside the other two, with the cores to itself.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    environment: 'node',
    // In CI, also write a machine-readable summary for .ci/run's closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dev',
          include: ['test/dev/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
