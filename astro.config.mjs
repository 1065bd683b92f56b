// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { paths } from './src/paths.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { lexicon } from './src/integration/lexicon.ts';
import { indexablePage } from './src/integration/indexable.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/i18n/locales.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'https://outsourcing-lexicon.org',
  // Every folder comes from src/paths.ts (LEXICON_OUT_DIR, LEXICON_CACHE_DIR, LEXICON_CONTENT_DIR).
  outDir: paths.outDir,
  cacheDir: paths.cacheDir,
  trailingSlash: 'always',
  // Pages render while earlier ones are written: with one at a time the build idled on disk I/O
  // for half of the rendering phase.
  build: { format: 'directory', concurrency: 4 },
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
    // The pipeline is defined in src/markdown/pipeline.ts, and changed there: plain-Markdown
    // articles are rendered by content sync (src/loader/render.ts) from that file, not from this config.
    processor: satteri(markdownPipeline(paths.contentDir)),
  },
  integrations: [
    mdx(),
    sitemap({
      // Articles in several languages are listed with their xhtml:link hreflang alternates.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
      filter: indexablePage(paths.outDir),
    }),
    lexicon({ contentDir: paths.contentDir }),
  ],
});
