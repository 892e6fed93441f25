// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { buildLock } from './src/integrations/build-lock.ts';
import { cacheCheck } from './src/integrations/cache-check.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { images } from './src/integrations/images.ts';
import { ownerCheck } from './src/integrations/owner-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// No usage report to Astro's servers (a DNS lookup and a request in every build): Astro reads this variable
// after loading this file. Set it to '' to send them.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Nor a request for Astro's newest version on `npm run dev`, and no "upgrade Astro" notice to editors:
// the project upgrades its dependencies in its own pull requests.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

/** The public address of the site, for canonical URLs and sharing; set SITE_URL when deploying. */
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  // Tests and benchmarks build other content into other folders, side by side.
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // The lock first: no other integration may write into the cache or output folder before it is held.
  integrations: [buildLock(), ownerCheck(), cacheCheck(), contentCheck(), mdx(), images(), searchIndex()],
  image: {
    responsiveStyles: false,
  },
  build: {
    format: 'directory',
    // Every stylesheet is a file: a strict Content-Security-Policy (style-src 'self') needs no hashes.
    inlineStylesheets: 'never',
  },
  server: { port: 4321 },
  vite: {
    // `npm run dev` watches the project; benchmark corpora and builds kept inside it are 100,000s of files
    // (past Linux's inotify limit), and none of them is the site's source.
    server: { watch: { ignored: ['**/.bench/**', '**/.corpus/**', '**/dist/**', '**/test-results/**'] } },
  },
  experimental: {
    // Pages whose cacheKey (src/lib/page-key.ts) and code are unchanged are copied from cacheDir.
    incrementalBuild: true,
  },
});
