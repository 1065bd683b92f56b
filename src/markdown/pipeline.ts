import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { conceptIndex } from '../corpus/scan.ts';
import { remarkTermLinks, type MissingTerm } from './remark-term-links.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';

/**
 * The site's Markdown pipeline, defined once: astro.config.mjs hands it to Astro (for MDX and
 * `renderMarkdown`), and the render workers (src/loader/render-worker.ts) build the same one.
 * `onMissing` hears of each term link to an unwritten concept (the default prints it).
 */
export function markdownPipeline(contentDir: string, { onMissing }: { onMissing?: (problem: MissingTerm) => void } = {}): UnifiedProcessorOptions {
  return {
    gfm: false,
    // SmartyPants writes English “quotes” into Norwegian and Swedish text, and costs a third
    // of content sync; authors type the quotes their language uses.
    smartypants: false,
    remarkPlugins: [remarkGfm, [remarkTermLinks, { contentDir, exists: conceptIndex(contentDir), onMissing }]],
    // Heading ids first, so the anchor links can point at them.
    rehypePlugins: [rehypeHeadingIds, [rehypeHeadingAnchors, { contentDir }]],
  };
}
