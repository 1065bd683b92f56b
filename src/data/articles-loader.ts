import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { scanContentDir } from '../lib/content-tree.ts';
import { usesMdxSyntax } from '../lib/mdx-syntax.ts';
import { renderInWorkers } from './render-pool.ts';

/**
 * The articles collection: `content/<lang>/<id>.{md,mdx}` with ids `<lang>/<id>`.
 * Articles that need MDX (JSX, expressions) go through Astro's glob loader and become MDX
 * modules; every other article, `.mdx` or `.md`, is rendered as Markdown while content syncs,
 * through the same remark pipeline on every core (render-pool.ts), and needs no module of its
 * own in the bundle. Its API summary and FAQ are made there too, from the same source.
 */
export function articlesLoader(contentDir: string): Loader {
  return {
    name: 'lexicon-articles',
    load: async (context) => {
      await loadArticles(context, contentDir);
      context.watcher?.add(contentDir);
      context.watcher?.on('all', (_, path) => {
        if (path.startsWith(contentDir) && /\.mdx?$/.test(path)) void loadArticles(context, contentDir);
      });
    },
  };
}

async function loadArticles(context: LoaderContext, contentDir: string): Promise<void> {
  const root = new URL(context.config.root).pathname;
  const { articles } = scanContentDir(contentDir);
  // Frontmatter blanked out (not removed), so messages give the file's own line numbers.
  const parsed = new Map(articles.map((a) => [a.file, parseFrontmatter(readFileSync(join(contentDir, a.file), 'utf8'), { frontmatter: 'empty-with-lines' })]));
  const mdx = articles.filter((a) => a.file.endsWith('.mdx') && usesMdxSyntax(parsed.get(a.file)!.content));

  // The glob loader removes every entry it did not load, so it runs first.
  if (mdx.length) await glob({ base: contentDir, pattern: mdx.map((a) => a.file) }).load(context);
  else context.store.clear();

  const mdxFiles = new Set(mdx.map((a) => a.file));
  const markdown = articles.filter((a) => !mdxFiles.has(a.file));
  const { syntaxHighlight, gfm, smartypants } = context.config.markdown;
  const rendered = await renderInWorkers(
    markdown.map((a) => ({
      content: parsed.get(a.file)!.content,
      fileURL: pathToFileURL(join(contentDir, a.file)).href,
    })),
    { contentDir, markdown: { syntaxHighlight, gfm, smartypants } },
  );
  for (const [i, article] of markdown.entries()) {
    const { frontmatter, content, rawFrontmatter } = parsed.get(article.file)!;
    const id = `${article.lang}/${article.id}`;
    const path = join(contentDir, article.file);
    const digest = context.generateDigest(rawFrontmatter + content);
    const data = await context.parseData({ id, data: frontmatter, filePath: path });
    const { html, headings, imagePaths, summary, faq } = rendered[i]!;
    // No `body`: what pages need from it (summary, FAQ) is made here, and leaving it out keeps
    // the data store, which the build bundles as one module, a third smaller.
    context.store.set({ id, data, filePath: relative(root, path), digest, rendered: { html, metadata: { headings, imagePaths, summary, faq } } });
  }
}
