import { createMarkdownProcessor, rehypeHeadingIds, type AstroMarkdownOptions, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { parseBody } from '../lib/articles/body.ts';
import { VFile } from 'vfile';

/**
 * Whether a Markdown source may hold raw HTML or an image, the two things only Astro's full
 * processor handles: any `<` (an HTML tag, or just a "less than") or `![`.
 * @example needsFullProcessor('Pay < 30 days') // true
 */
export function needsFullProcessor(source: string): boolean {
  return source.includes('<') || source.includes('![');
}

/**
 * The render workers' Markdown processor: Astro's own (`createMarkdownProcessor`), except for
 * articles with no raw HTML and no image. Astro's ends with rehype-raw, which passes every page
 * through an HTML parser to take in raw HTML, and with its image steps: for an article that has
 * neither, they change nothing and rehype-raw alone is a fifth of the render time. Those
 * articles go through the same plugins without them. Only for the options the site uses (GFM and
 * SmartyPants as plugins or off, no syntax highlighting); other options get Astro's for every
 * article. Those articles are parsed as the content checks read them (parseBody), not by
 * remark-parse: the same tree, twenty times faster. tests/unit/article-processor.test.ts checks
 * that both processors give the same result.
 */
export async function createArticleProcessor(options: AstroMarkdownOptions): Promise<MarkdownRenderer> {
  const full = await createMarkdownProcessor(options);
  if (options.gfm !== false || options.smartypants !== false || options.syntaxHighlight) return full;
  const lean = unified()
    .use(parseMarkdownBody)
    .use((options.remarkPlugins ?? []) as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [], ...options.remarkRehype })
    .use((options.rehypePlugins ?? []) as PluggableList)
    .use(rehypeHeadingIds)
    .use(rehypeStringify, { allowDangerousHtml: true });
  return {
    async render(content, renderOptions = {}) {
      if (needsFullProcessor(content)) return full.render(content, renderOptions);
      const file = new VFile({ value: content, path: renderOptions.fileURL, data: { astro: { frontmatter: renderOptions.frontmatter ?? {} } } });
      const result = await lean.process(file);
      return {
        code: String(result.value),
        metadata: { headings: result.data.astro?.headings ?? [], localImagePaths: [], remoteImagePaths: [], frontmatter: result.data.astro?.frontmatter ?? {} },
      };
    },
  };
}

/** A unified parser that reads a Markdown body through parseBody. */
function parseMarkdownBody(this: Processor): void {
  this.parser = (document) => parseBody(String(document), 'markdown');
}
