// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentDir } from './src/lib/content-dir.ts';
import { conceptIndex } from './src/lib/content-tree.ts';
import { remarkTermLinks } from './src/markdown/remark-term-links.ts';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { lexicon } from './src/integrations/lexicon.ts';
import { indexablePage } from './src/integrations/indexable.ts';
import { LOCALES } from './src/lib/locales.ts';

const content = contentDir();
const outDir = process.env.LEXICON_OUT_DIR || './dist';

export default defineConfig({
  site: process.env.SITE_URL || 'https://outsourcing-lexicon.org',
  outDir,
  // A separate cache per corpus keeps benchmark builds from sharing the content store.
  cacheDir: process.env.LEXICON_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' (Astro 7's default) glues adjacent inline elements into one word for Pagefind.
  compressHTML: true,
  devToolbar: { enabled: false },
  // Scripts as files, never inline: the site must work under a CSP without 'unsafe-inline'.
  // No module-preload helper: it would triple the size of the search loader on every page.
  vite: {
    build: { assetsInlineLimit: 0 },
    environments: { client: { build: { assetsInlineLimit: 0, modulePreload: false } } },
  },
  markdown: {
    // A glossary has no code to colour; not loading Shiki saves time on every build.
    syntaxHighlight: false,
    processor: unified({
      gfm: false,
      // SmartyPants writes English “quotes” into Norwegian and Swedish text, and costs a third
      // of content sync; authors type the quotes their language uses.
      smartypants: false,
      remarkPlugins: [
        remarkGfm,
        [remarkTermLinks, { contentDir: content, exists: conceptIndex(content) }],
      ],
      // Heading ids first, so the anchor links can point at them.
      rehypePlugins: [rehypeHeadingIds, [rehypeHeadingAnchors, { contentDir: content }]],
    }),
  },
  integrations: [
    mdx(),
    sitemap({
      // Articles in several languages are listed with their xhtml:link hreflang alternates.
      i18n: { defaultLocale: 'nb', locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
      filter: indexablePage(outDir),
    }),
    lexicon({ contentDir: content }),
  ],
});
