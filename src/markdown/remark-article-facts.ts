import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { extractFaq } from '../lib/articles/sections.ts';
import { localeOfContentFile } from '../corpus/scan.ts';
import { summaryOfTree } from '../lib/articles/summary.ts';

/**
 * Reads what pages need from an article's text — the API summary and the FAQ — off the tree
 * the render pipeline has parsed anyway, into the data remark plugins hand back to Astro
 * (`file.data.astro.frontmatter`). Used by the render workers (src/loader/render-worker.ts).
 */
export function remarkArticleFacts({ contentDir }: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const lang = localeOfContentFile(contentDir, file.path);
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    if (!lang) return;
    astro.frontmatter = { ...astro.frontmatter, summary: summaryOfTree(tree, lang), faq: extractFaq(tree, lang) };
  };
}
