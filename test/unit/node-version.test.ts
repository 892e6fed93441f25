/**
 * One Node story: the pinned `node` devDependency, `engines` and the Node the
 * tests run on are the same version, and the README names it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const pinned: string = pkg.devDependencies.node;

describe('the Node version', () => {
  it('is pinned exactly as the node devDependency', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('engines asks for the same version', () => {
    expect(pkg.engines.node).toBe(pinned);
  });

  it('the lock file installs that version', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
    expect(lock.packages['node_modules/node'].version).toBe(pinned);
  });

  it('npm test runs on it (node_modules/.bin first on PATH)', () => {
    expect(process.version).toBe(`v${pinned}`);
  });

  it('the README and CI say the same', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`**Node ${pinned}**`);
    expect(readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')).toContain(
      'node-version-file: package.json',
    );
  });
});
