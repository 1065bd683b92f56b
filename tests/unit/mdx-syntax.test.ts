import { describe, expect, it } from 'vitest';
import { usesMdxSyntax } from '../../src/corpus/mdx-syntax.ts';

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
