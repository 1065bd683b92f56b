// src/lib (pure logic, by domain) and src/client (browser code) run anywhere: in a page, a
// worker, the browser, a unit test. So no Node built-ins, no environment, and no imports from
// the Node-side folders (src/corpus, src/loader, src/integration, src/paths.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(join(SRC, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** What makes a module impure, with the line it is on. */
export function impurities(file: string, source: string): string[] {
  const problems: string[] = [];
  source.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\/.*$|^\s*\*.*$/, '');
    const at = `${file}:${i + 1}`;
    if (/\bfrom\s+['"]node:|import\(\s*['"]node:|\brequire\(/.test(code)) problems.push(`${at}: imports a Node built-in`);
    if (/\bprocess\.(env|cwd|argv)\b/.test(code)) problems.push(`${at}: reads the process environment`);
    for (const m of code.matchAll(/(?:from\s+|import\(\s*)['"](\.[^'"]+)['"]/g)) {
      const target = relative(SRC, resolve(SRC, file, '..', m[1]!));
      if (!/^(lib|client)\//.test(target)) problems.push(`${at}: imports ${target}, which is not pure`);
    }
  });
  return problems;
}

describe('src/lib and src/client are pure', () => {
  for (const dir of ['lib', 'client']) {
    it(`src/${dir} imports no node:*, reads no process.env, imports nothing Node-side`, () => {
      const files = sources(dir);
      expect(files.length).toBeGreaterThan(3);
      expect(files.flatMap((f) => impurities(relative(SRC, f), readFileSync(f, 'utf8')))).toEqual([]);
    });
  }

  it('finds each kind of impurity', () => {
    const bad = "import { x } from 'node:fs';\nconst d = process.env.X;\nimport { paths } from '../../paths.ts';";
    expect(impurities('lib/i18n/x.ts', bad)).toEqual([
      'lib/i18n/x.ts:1: imports a Node built-in',
      'lib/i18n/x.ts:2: reads the process environment',
      'lib/i18n/x.ts:3: imports paths.ts, which is not pure',
    ]);
  });
});
