/** What astro.config.mjs promises editors and operators, read from the config as Astro loads it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The environment after the config is loaded, with the given variables set before. */
function envAfterConfig(env: Record<string, string | undefined>) {
  const script =
    "await import('./astro.config.mjs'); console.log(JSON.stringify({ update: process.env.ASTRO_DISABLE_UPDATE_CHECK, telemetry: process.env.ASTRO_TELEMETRY_DISABLED }));";
  const clean = { ...process.env };
  delete clean.ASTRO_DISABLE_UPDATE_CHECK;
  delete clean.ASTRO_TELEMETRY_DISABLED;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...clean, ...env },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { update?: string; telemetry?: string };
}

describe('astro.config.mjs', () => {
  it('turns off the update check (no "upgrade Astro" notice in npm run dev) and telemetry', () => {
    expect(envAfterConfig({})).toEqual({ update: 'true', telemetry: '1' });
  });

  it('leaves them to an operator who sets them', () => {
    expect(envAfterConfig({ ASTRO_DISABLE_UPDATE_CHECK: 'false', ASTRO_TELEMETRY_DISABLED: '' })).toEqual({
      update: 'false',
      telemetry: '',
    });
  });
});
