// How an article body is read: one rule for which syntax it is, one parser for it. The content
// checks, the summary, the FAQ and the render pipeline (src/markdown/article-processor.ts) read
// a Markdown body through parseBody. Markdown is parsed by Sätteri, Astro 7's own Markdown parser
// (Rust): the same tree as remark's, positions included, in a twentieth of the time
// (docs/benchmarks.md); MDX by micromark's MDX extension, as @astrojs/mdx compiles it.
// tests/unit/body.test.ts checks both against remark.
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

export type BodySyntax = 'mdx' | 'markdown';

/**
 * Whether an article body uses anything only MDX understands: JSX elements such as
 * `<Term id="…">`, `{expressions}`, or `import`/`export` lines (fenced code aside).
 * Articles that do not are plain Markdown, whatever their extension, and the build renders
 * them as such: no per-article JavaScript module, which is most of the build's time and
 * memory on a large glossary.
 * @example usesMdxSyntax('Text with [a link](/vendor).') // false
 * @example usesMdxSyntax('See <Term id="vendor">vendor</Term>.') // true
 */
export function usesMdxSyntax(body: string): boolean {
  const prose = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  return /<[A-Za-z]|[{}]|^(import|export)\s/m.test(prose);
}

/**
 * The syntax an article body is read and rendered in: MDX for an `.mdx` file that uses MDX
 * syntax, Markdown (with GFM) for everything else.
 * @example bodySyntax('nb/vendor.mdx', 'See <Term id="x">x</Term>.') // 'mdx'
 * @example bodySyntax('nb/vendor.mdx', 'Plain [link](/x).') // 'markdown'
 * @example bodySyntax('nb/vendor.md', 'See <b>this</b>.') // 'markdown'
 */
export function bodySyntax(file: string, body: string): BodySyntax {
  return file.endsWith('.mdx') && usesMdxSyntax(body) ? 'mdx' : 'markdown';
}

/**
 * An article body as a Markdown tree (GFM; MDX where the syntax is MDX). Throws on MDX that
 * does not parse, with the line and column in the error (`place`).
 * @example parseBody('## A\n\n| x |\n|---|\n| 1 |', 'markdown').children.map((n) => n.type) // ['heading', 'table']
 */
export function parseBody(body: string, syntax: BodySyntax): Root {
  return syntax === 'mdx'
    ? fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
    : (markdownToMdast(body, { features: { gfm: true, frontmatter: false } }) as Root);
}
