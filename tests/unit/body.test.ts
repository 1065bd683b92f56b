import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodySyntax, parseBody, usesMdxSyntax } from '../../src/lib/articles/body.ts';
import { CONTENT } from '../helpers/dist.ts';
import { ARTICLE_FILE } from '../../src/corpus/scan.ts';

describe('usesMdxSyntax', () => {
  it('sees plain Markdown as plain, links, tables and code included', () => {
    expect(usesMdxSyntax('## Heading\n\nText with [a link](/vendor) and **bold**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n')).toBe(false);
    expect(usesMdxSyntax('Use `<Term>` or `{x}` in code.\n\n```mdx\n<Term id="x">x</Term>\n{1 + 1}\n```\n')).toBe(false);
  });
  it('sees JSX, expressions and ESM as MDX', () => {
    expect(usesMdxSyntax('See <Term id="vendor">vendor</Term>.')).toBe(true);
    expect(usesMdxSyntax('Two is {1 + 1}.')).toBe(true);
    expect(usesMdxSyntax("import X from './x.ts';\n\nText.")).toBe(true);
  });
});

describe('parseBody reads a body as remark does', () => {
  const remark = unified().use(remarkParse).use(remarkGfm);
  const bodies = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => ARTICLE_FILE.test(f))
      .map((f) => ({ file: f, body: parseFrontmatter(readFileSync(join(dir, f), 'utf8'), { frontmatter: 'empty-with-lines' }).content }));

  // Markdown is parsed by Sätteri, remark's by micromark: the trees must match, positions included
  // (a missing term link is reported at its line and column).
  it('Markdown: the same tree as remark with GFM, for the fixtures and every article of the site', () => {
    const all = [...bodies(CONTENT), ...bodies(resolve(import.meta.dirname, '..', 'fixtures'))].filter((a) => bodySyntax(a.file, a.body) === 'markdown');
    expect(all.length).toBeGreaterThan(150);
    for (const { file, body } of all) expect(parseBody(body, 'markdown'), file).toEqual(remark.parse(body));
  }, 60_000);

  it('MDX: the same nodes and text as remark with GFM and MDX (Sätteri leaves out remark\'s JavaScript syntax trees)', () => {
    const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
    const fixture = bodies(resolve(import.meta.dirname, '..', 'fixtures', 'mdx')).find((a) => a.file.endsWith('escrow.mdx'))!;
    expect(bodySyntax(fixture.file, fixture.body)).toBe('mdx');
    const shape = (node: unknown): unknown =>
      Array.isArray(node) ? node.map(shape) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).filter(([key, value]) => key !== 'position' && key !== 'data' && value !== undefined).map(([key, value]) => [key, shape(value)])) : node;
    expect(shape(parseBody(fixture.body, 'mdx'))).toEqual(shape(mdx.parse(fixture.body)));
  });

  it('MDX that does not parse: the error gives its line and column', () => {
    const error = (() => {
      try {
        parseBody('Text.\n\nSee <Term id="vendor">vendor</Term.\n', 'mdx');
      } catch (e) {
        return e as { place?: { line: number; column: number } };
      }
    })();
    expect(error?.place).toEqual({ line: 3, column: 5 });
  });
});
