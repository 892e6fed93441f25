/**
 * Preloaded into the build (`node --import ./scripts/bench/rss.mjs …`) by
 * scripts/bench/build.ts: when the process exits, writes its peak resident memory
 * (`process.resourceUsage().maxRSS`, in KB; worker threads included, child
 * processes not) to the file named by BENCH_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_RSS_FILE;
if (file && isMainThread) {
  // Child processes forked with our execArgv must not overwrite the measurement.
  delete process.env.BENCH_RSS_FILE;
  process.on('exit', (code) => {
    writeFileSync(file, JSON.stringify({ maxRSSKB: process.resourceUsage().maxRSS, exitCode: code }));
  });
}
