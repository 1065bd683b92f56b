import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ARTICLE_FILE, scanContentDir } from '../corpus/scan.ts';
import type { ArticleData } from '../lib/articles/schema.ts';
import { parseEntryId } from '../lib/articles/glossary.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { bodySyntax } from '../lib/articles/body.ts';
import { warnMissingTerm, type MissingTerm } from '../markdown/term-links.ts';
import { isLiveSlice, readHtml, removeUnusedBatches, type HtmlSlice } from './html-store.ts';
import { startRenderPool } from './render-pool.ts';
import { entrySummary } from './entry-facts.ts';
import { termSnapshotFile, writeTermSnapshot } from './term-snapshot.ts';
import { syncReportFile, writeJson, type SyncReport } from '../integration/build-report.ts';

/**
 * The articles collection: `content/<lang>/<id>.{md,mdx}` with ids `<lang>/<id>`.
 * Articles that need MDX (JSX, expressions) go through Astro's glob loader and become MDX
 * modules; every other article, `.mdx` or `.md`, is rendered as Markdown while content syncs,
 * through the same Markdown pipeline (render.ts; on every core from 300 articles, render-pool.ts), and needs no module of its
 * own in the bundle. Its API summary and FAQ are made there too, from the same source.
 *
 * The HTML of those articles goes to files in Astro's cache folder (html-store.ts), not into the
 * data store: the build bundles the store as one JavaScript module, and at 3,000 articles their
 * HTML in it cost ~1.3 s of bundling, ~1 s of compiling and 0.2 GB. The store keeps where it
 * is (`rendered.metadata.html`), and the article page reads it (articleHtml, glossary.ts).
 * An article with images keeps its HTML in the store, where Astro's image step finds it.
 */
export function articlesLoader(contentDir: string): Loader {
  return {
    name: 'lexicon-articles',
    load: async (context) => {
      await loadArticles(context, contentDir);
      context.watcher?.add(contentDir);
      context.watcher?.on('all', (_, path) => {
        if (path.startsWith(contentDir) && ARTICLE_FILE.test(path)) void loadArticles(context, contentDir);
      });
    },
  };
}

async function loadArticles(context: LoaderContext, contentDir: string): Promise<void> {
  const root = new URL(context.config.root).pathname;
  const { articles } = scanContentDir(contentDir);
  // Entries from the last sync (kept in Astro's cache between builds and while `astro dev` runs):
  // an article whose digest has not changed keeps its rendered HTML. With none, all are rendered.
  const previous = new Map(context.store.entries());
  const htmlDir = fileURLToPath(new URL('lexicon-article-html/', context.config.cacheDir));
  const { syntaxHighlight, gfm, smartypants } = context.config.markdown;
  const concepts = articles.map((a) => `${a.lang}/${a.id}`);
  const pool = startRenderPool(
    { contentDir, htmlDir, concepts, markdown: { syntaxHighlight, gfm, smartypants } },
    previous.size ? 0 : articles.length,
  );
  try {
    // Frontmatter blanked out (not removed), so messages give the file's own line numbers.
    const parsed = new Map(articles.map((a) => [a.file, parseFrontmatter(a.source, { frontmatter: 'empty-with-lines' })]));
    const mdx = articles.filter((a) => bodySyntax(a.file, parsed.get(a.file)!.content) === 'mdx');
    const inputs = renderInputs(context, root, concepts);

    // The glob loader removes every entry it did not load, so it runs first. It is imported only
    // when an article needs it: its modules, loaded one at a time through Vite, would slow every
    // other sync.
    if (mdx.length) {
      const { glob } = await import('astro/loaders');
      await glob({ base: contentDir, pattern: mdx.map((a) => a.file) }).load(context);
    } else context.store.clear();

    const mdxFiles = new Set(mdx.map((a) => a.file));
    const markdown = articles
      .filter((a) => !mdxFiles.has(a.file))
      .map((article) => {
        const { rawFrontmatter, content } = parsed.get(article.file)!;
        const id = `${article.lang}/${article.id}`;
        const digest = context.generateDigest(rawFrontmatter + content + inputs);
        const kept = previous.get(id);
        const keep = kept?.digest === digest && kept.rendered && (kept.rendered.html || isLiveSlice(kept.rendered.metadata?.html));
        return { article, id, digest, rendered: keep ? kept.rendered : undefined };
      });
    const changed = markdown.filter((m) => !m.rendered);
    const results = await pool.render(
      changed.map(({ article }) => ({ content: parsed.get(article.file)!.content, fileURL: pathToFileURL(join(contentDir, article.file)).href, lang: article.lang })),
    );
    changed.forEach((m, i) => {
      const { html, headings, imagePaths, summary, faq, missingTerms } = results[i]!;
      const metadata = { headings, imagePaths, summary, faq, missingTerms };
      m.rendered = imagePaths.length ? { html: readHtml(html), metadata } : { html: '', metadata: { ...metadata, html } };
    });
    writeJson(syncReportFile(context.config.cacheDir), { markdown: { rendered: changed.length, kept: markdown.length - changed.length }, mdx: mdx.length } satisfies SyncReport);
    if (previous.size) context.logger.info(`${markdown.length - changed.length} of ${markdown.length} Markdown articles unchanged since the last sync; rendered ${changed.length}`);

    for (const { article, id, digest, rendered } of markdown) {
      // Every build names every missing term link, rendered now or kept from the last sync.
      for (const problem of (rendered!.metadata?.missingTerms ?? []) as MissingTerm[]) warnMissingTerm(problem);
      const path = join(contentDir, article.file);
      const data = await context.parseData({ id, data: parsed.get(article.file)!.frontmatter, filePath: path });
      // No `body`: what pages need from it (summary, FAQ) is made while rendering, and leaving it
      // out keeps the data store, which the build bundles as one module, a third smaller.
      context.store.set({ id, data, filePath: relative(root, path), digest, rendered });
    }
    removeUnusedBatches(htmlDir, new Set(markdown.map((m) => (m.rendered!.metadata?.html as HtmlSlice | undefined)?.file).filter((f) => f !== undefined)));
    // Every article, Markdown or MDX module, for the JSON files the build writes beside the pages.
    const terms = [...context.store.values()].map((entry) => {
      const { lang, id } = parseEntryId(entry.id);
      return { lang, id, data: entry.data as ArticleData, summary: summaryOrNothing(entry, lang) };
    });
    writeTermSnapshot(termSnapshotFile(context.config.cacheDir), terms);
  } finally {
    // The workers end here, also when the sync fails before it renders.
    await pool.stop();
  }
}

/**
 * An MDX module's summary is made from its body here; a body that does not parse is left for
 * the MDX compiler, which names the file and line, to report.
 */
function summaryOrNothing(entry: Parameters<typeof entrySummary>[0], lang: Locale): string {
  try {
    return entrySummary(entry, lang);
  } catch {
    return '';
  }
}

/**
 * What an article's HTML depends on besides its own file: which concepts exist (its term links)
 * and the code that renders it (src/markdown, src/lib, src/loader, and the installed packages by
 * the lockfile). A change to either renders every article again.
 */
function renderInputs(context: LoaderContext, root: string, concepts: readonly string[]): string {
  const code = ['src/markdown', 'src/lib', 'src/loader']
    .flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => readFileSync(join(root, dir, f), 'utf8')),
    )
    .concat(['package-lock.json'].filter((f) => existsSync(join(root, f))).map((f) => readFileSync(join(root, f), 'utf8')))
    .join('\n');
  return context.generateDigest([...concepts].sort().join(' ') + code);
}
