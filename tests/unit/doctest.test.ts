// Every `@example call(…) // expected` in src/ runs here, so documentation cannot lie. The
// expression is evaluated with the module's exports in scope (`await` allowed); the expected
// value is a JavaScript literal, compared deeply. A `…` inside an expected string stands for
// any text, so long values can be abbreviated. Examples may use the few fixtures below
// (`site`, `terms`, `term`, `glossary`, `markdownTree`) and zlib's `gzipSync`/`brotliDecompressSync`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/articles/body.ts';
import { Glossary, type Term } from '../../src/lib/articles/glossary.ts';
import { articleSchema } from '../../src/lib/articles/schema.ts';

const article = (lang: Term['lang'], id: string, title: string, description: string) => ({ lang, id, data: articleSchema.parse({ title, description, updated: new Date('2026-11-23') }), summary: description });
const terms = [article('en', 'vendor', 'Vendor', 'A vendor sells goods or services.'), article('sv', 'factoring', 'Factoring', 'Factoring innebär att ett företag säljer sina fakturor.')];
const FIXTURES: Record<string, unknown> = {
  site: 'https://outsourcing-lexicon.org',
  terms,
  term: terms[0],
  glossary: new Glossary(terms),
  markdownTree: (text: string) => parseBody(text, 'markdown'),
  gzipSync,
  brotliDecompressSync,
};

const SRC = join(import.meta.dirname, '..', '..', 'src');

interface Example {
  code: string;
  expected: string;
  line: number;
}

/** The examples of a source file: `@example <code> // <expected>`, the expected value possibly on the next comment lines. */
export function examplesOf(source: string): Example[] {
  const lines = source.split('\n');
  const examples: Example[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*\*\s*@example\s+(.*)$/.exec(line);
    if (!m) return;
    let text = m[1]!;
    for (let j = i + 1; j < lines.length && /^\s*\*\s{2,}\S/.test(lines[j]!) && !/@\w+/.test(lines[j]!); j++) text += ` ${lines[j]!.replace(/^\s*\*\s*/, '')}`;
    const at = text.lastIndexOf(' // ');
    if (at < 0) examples.push({ code: text, expected: '', line: i + 1 });
    else examples.push({ code: text.slice(0, at).trim(), expected: text.slice(at + 4).trim(), line: i + 1 });
  });
  return examples;
}

const WILD = '\u2026';

/** Whether `actual` matches `expected`, where `…` in an expected string matches any text. */
function matches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'string' && expected.includes(WILD) && typeof actual === 'string') {
    const pattern = expected.split(WILD).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
    return new RegExp(`^${pattern}$`).test(actual);
  }
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  if (expected && typeof expected === 'object' && !(expected instanceof Date)) {
    if (!actual || typeof actual !== 'object') return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).filter((k) => (actual as Record<string, unknown>)[k] !== undefined).length && keys.every((k) => matches((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]));
  }
  if (expected instanceof Date) return actual instanceof Date && actual.getTime() === expected.getTime();
  return Object.is(actual, expected);
}

function filesWithExamples(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => readFileSync(file, 'utf8').includes('@example'))
    .sort();
}

describe('every @example in src/ is true', () => {
  for (const file of filesWithExamples(SRC)) {
    it(relative(SRC, file), async () => {
      const module = { ...FIXTURES, ...((await import(file)) as Record<string, unknown>) };
      const names = Object.keys(module);
      for (const { code, expected, line } of examplesOf(readFileSync(file, 'utf8'))) {
        const where = `src/${relative(SRC, file)}:${line}: ${code}`;
        if (!expected) {
          expect.soft(expected, `${where}\n  has no "// expected value"`).not.toBe('');
          continue;
        }
        let actual: unknown;
        let want: unknown;
        try {
          const run = new Function(...names, `return (async () => (${code}))();`) as (...args: unknown[]) => Promise<unknown>;
          actual = await run(...names.map((n) => module[n]));
          want = new Function(`return (${expected});`)() as unknown;
        } catch (error) {
          expect.soft((error as Error).message, `${where} throws`).toBe("no error");
          continue;
        }
        expect.soft(matches(actual, want), `${where}\n  gave ${JSON.stringify(actual)}\n  expected ${expected}`).toBe(true);
      }
    });
  }
});

describe('examplesOf', () => {
  it('reads code and expected value, across comment lines', () => {
    expect(examplesOf(" * @example f(1) // 2\n * @example g({\n *   // [1, 2]\n */")).toEqual([
      { code: 'f(1)', expected: '2', line: 1 },
      { code: 'g({', expected: '[1, 2]', line: 2 },
    ]);
  });
});
