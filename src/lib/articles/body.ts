// How an article body is read: one rule for which syntax it is, one parser for it. The content
// checks, the summary, the FAQ and the render pipeline read a body through parseBody: Sätteri,
// Astro 7's own Markdown and MDX parser (Rust), the one that also renders the articles
// (src/markdown/pipeline.ts). tests/unit/body.test.ts checks its trees against remark's.
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';

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
 * @example (() => { try { parseBody('A <b>b', 'mdx') } catch (e) { return e.place } })() // { line: 1, column: 3 }
 */
export function parseBody(body: string, syntax: BodySyntax): Root {
  const options = { features: { gfm: true, frontmatter: false } };
  if (syntax === 'markdown') return markdownToMdast(body, options) as Root;
  try {
    return mdxToMdast(body, options) as Root;
  } catch (error) {
    throw mdxError(error as Error);
  }
}

/** Sätteri's MDX error ("3:5: Expected a closing tag…"), with its place as remark gives it. */
function mdxError(error: Error): Error & { place?: { line: number; column: number }; reason: string } {
  const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
  const reason = match ? match[3]! : error.message;
  return Object.assign(new Error(reason, { cause: error }), { reason, place: match ? { line: Number(match[1]), column: Number(match[2]) } : undefined });
}
