import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { scanContentDir } from '../lib/content-tree.ts';
import { usesMdxSyntax } from '../lib/mdx-syntax.ts';

/**
 * The articles collection: `content/<lang>/<id>.{md,mdx}` with ids `<lang>/<id>`.
 * Articles that need MDX (JSX, expressions) go through Astro's glob loader and become MDX
 * modules; every other article, `.mdx` or `.md`, is rendered as Markdown while content syncs,
 * through the same remark pipeline, and needs no module of its own in the bundle.
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
  for (const article of articles) {
    if (mdxFiles.has(article.file)) continue;
    const { frontmatter, content, rawFrontmatter } = parsed.get(article.file)!;
    const id = `${article.lang}/${article.id}`;
    const path = join(contentDir, article.file);
    const filePath = relative(root, path);
    const digest = context.generateDigest(rawFrontmatter + content);
    const data = await context.parseData({ id, data: frontmatter, filePath: path });
    const rendered = await context.renderMarkdown(content, { fileURL: pathToFileURL(path) });
    context.store.set({ id, data, body: content.trimStart(), filePath, digest, rendered });
  }
}
