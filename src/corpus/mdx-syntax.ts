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
