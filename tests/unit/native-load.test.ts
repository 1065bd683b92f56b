// Astro imports astro.config.mjs with Node itself when it can, and through a Vite server (~0.6 s
// a build) when Node cannot load it or a module it imports. Node loads our TypeScript by
// stripping the types, so syntax that needs compiling anywhere in that graph (an enum, a
// parameter property) costs every build that fallback, silently.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('the Astro config', () => {
  it('loads in Node (24) as it is, with every module it imports', () => {
    const node = resolve(ROOT, 'node_modules', '.bin', 'node');
    const result = spawnSync(node, ['--input-type=module', '-e', "const c = (await import('./astro.config.mjs')).default; console.log(c.integrations.map((i) => i.name).join(','))"], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('outsourcing-lexicon');
  });
});
