import { satteriHeadingIdsPlugin, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { conceptIndex } from '../corpus/scan.ts';
import { headingAnchors } from './heading-anchors.ts';
import { tableRegions } from './table-regions.ts';
import { termLinks, type MissingTerm, type TermLinkOptions } from './term-links.ts';

/**
 * The site's Markdown pipeline, defined once: Sätteri, Astro 7's own Markdown processor (Rust),
 * with our plugins. astro.config.mjs hands it to Astro (for MDX articles), and content sync renders
 * the other articles with it (src/loader/render.ts). `onMissing` hears of each term link to an
 * unwritten concept (the default prints it); `exists` says which concepts are written (by
 * default the content folder as it is now, looked at again when it changes, for `astro dev`).
 */
export function markdownPipeline(
  contentDir: string,
  { onMissing, exists = conceptIndex(contentDir) }: { onMissing?: (problem: MissingTerm) => void; exists?: TermLinkOptions['exists'] } = {},
): SatteriProcessorOptions {
  return {
    // GFM whatever Astro's `markdown.gfm` says: articles have tables. Smart punctuation writes
    // English “quotes” into Norwegian and Swedish text; authors type the quotes their language uses.
    features: { gfm: true, smartPunctuation: false },
    mdastPlugins: [termLinks({ contentDir, exists, onMissing })],
    // Heading ids first (Astro's own plugin; Astro runs it again after ours to list the headings),
    // so the anchors can link to them; tables are labelled by the heading text before the
    // anchors are added beside it.
    hastPlugins: [satteriHeadingIdsPlugin(), tableRegions({ contentDir }), headingAnchors({ contentDir })],
  };
}
