// /pagefind/*: the search index, made by Pagefind from the article pages as Astro renders them;
// beside it /{lang}/search/pages.json (search-pages.ts), and the precompressed copies of the
// files every first search downloads (precompress.ts).
import { readFile, writeFile } from 'node:fs/promises';
import type { AstroPrerenderer } from 'astro';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { LOCALES } from '../lib/i18n/locales.ts';
import { isConceptId } from '../lib/urls/concept-id.ts';
import { SETTING_VARIABLES, settings } from '../paths.ts';
import { brotliOf, FIRST_SEARCH_FILES_FROM_INDEX, FIRST_SEARCH_FILES_FROM_PAGES, precompressFirstSearch, type Precompressed } from './precompress.ts';
import { writePagefindPages } from './search-pages.ts';

const PAGEFIND_SCRIPT = 'pagefind.js';

/**
 * Pagefind's script as every first search downloads it, minified: Pagefind ships it with full
 * names (47 kB; 32 kB minified, 1.8 kB less as Brotli). Same input, same output, so the copy
 * compressed ahead still matches.
 */
async function minified(script: Buffer): Promise<Buffer> {
  return Buffer.from((await transform(script.toString('utf8'), { minify: true, format: 'esm', charset: 'utf8' })).code);
}

async function createIndex() {
  // Pagefind's indexer reads its chunk size from the environment the Node API starts it with.
  process.env[SETTING_VARIABLES.searchIndexChunkSize] = String(settings.searchIndexChunkSize);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/**
 * Compresses, while Astro renders the pages on one core, the first-search files that do not
 * depend on the pages (Pagefind's script and WebAssembly): Brotli at its top quality is ~1 s of
 * CPU that would otherwise wait for the index. Pagefind writes a language's WebAssembly only for
 * a language it has seen, so the index gets one empty record per language. Never fails: what is
 * not ready is compressed after indexing.
 */
async function compressSearchFilesAhead(): Promise<Precompressed> {
  try {
    const index = await createIndex();
    await Promise.all(LOCALES.map((language) => index.addCustomRecord({ url: `/${language}/`, content: language, language })));
    const { files } = await index.getFiles();
    await index.deleteIndex();
    const constant = files.filter((f) => !f.path.includes('pagefind-entry') && !f.path.endsWith('.pf_meta') && FIRST_SEARCH_FILES_FROM_INDEX.some((p) => p.test(`pagefind/${f.path}`)));
    // One at a time: a Brotli job holds one of libuv's four threads, which Astro's own file
    // writes share while the pages render.
    const ahead: Precompressed = new Map();
    for (const f of constant) {
      const source = f.path === PAGEFIND_SCRIPT ? await minified(Buffer.from(f.content)) : Buffer.from(f.content);
      ahead.set(`pagefind/${f.path}`, { source, brotli: await brotliOf(source) });
    }
    return ahead;
  } catch {
    return new Map();
  }
}

/**
 * The pages Pagefind may index are a term's own pages, /{lang}/{slug}/ with a slug that can be a
 * concept id (articles; deprecated terms, whose slugs pass the same rule), not the site's own
 * paths (a-z, search, downloads, …); of those it keeps the ones marked data-pagefind-body.
 */
const INDEXED_PATH = new RegExp(`^/(?:${LOCALES.join('|')})/([^/]+)/$`);
const INDEXED_MARK = Buffer.from('data-pagefind-body');
const mayBeIndexed = (pathname: string) => {
  const slug = INDEXED_PATH.exec(pathname.endsWith('/') ? pathname : `${pathname}/`)?.[1];
  return slug !== undefined && isConceptId(slug);
};

/**
 * The search index of one build, made while the pages render. Astro's prerenderer is wrapped
 * (`prerenderer`): the pages Pagefind may index render first, and each goes to Pagefind as soon
 * as it is rendered, in the order they started (so the index is the same from build to build).
 * Pagefind parses and then writes the index in a process of its own, on the core that Astro's
 * one rendering thread leaves free, while the other pages (embeds, concepts, short links, …)
 * render. Made at `astro:build:start`, when it also starts compressing the files that do not
 * depend on the pages.
 */
export class SearchIndexBuild {
  private readonly index = createIndex();
  /** The pages that may be indexed, in the order they started; `html` is set when rendered, null if not indexed. */
  private readonly pages: { url: string; html?: Buffer | null }[] = [];
  /** The first page not yet handed to Pagefind. */
  private next = 0;
  /** How many pages may be indexed, once Astro has listed them. */
  private expected?: number;
  private readonly added: Promise<void>[] = [];
  private written?: Promise<number>;
  private finished?: Promise<{ pages: number; precompressed: number; ms: number }>;
  private readonly ahead = compressSearchFilesAhead();
  private readonly outDir: string;

  constructor(outDir: string) {
    this.outDir = outDir;
  }

  /** Astro's own prerenderer, with the pages that may be indexed first, handing each to Pagefind on its way to disk. */
  prerenderer(base: AstroPrerenderer): AstroPrerenderer {
    return {
      ...base,
      name: `${base.name} + search index`,
      getStaticPaths: async () => {
        const [first, rest]: Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[] = [[], []];
        for (const path of await base.getStaticPaths()) (mayBeIndexed(path.pathname) ? first : rest).push(path);
        this.expected = first.length;
        this.handOn();
        return [...first, ...rest];
      },
      render: async (request, options) => {
        const url = new URL(request.url).pathname;
        if (!mayBeIndexed(url)) return base.render(request, options);
        const page: (typeof this.pages)[number] = { url };
        this.pages.push(page);
        try {
          const result = await base.render(request, options);
          const { response, metadata } = result instanceof Response ? { response: result, metadata: undefined } : result;
          if (response.status !== 200 || !response.body) return result;
          const html = Buffer.from(await response.arrayBuffer());
          if (html.includes(INDEXED_MARK)) page.html = html;
          return { response: new Response(html, { status: response.status, headers: response.headers }), metadata };
        } finally {
          page.html ??= null;
          this.handOn();
        }
      },
    };
  }

  /** Hands the rendered pages to Pagefind in the order they started; after the last, writes the index. */
  private handOn() {
    for (let page = this.pages[this.next]; page && page.html !== undefined; page = this.pages[++this.next]) {
      const { url, html } = page;
      page.html = null;
      if (!html) continue;
      const added = this.index
        .then((index) => index.addHTMLFile({ url, content: html.toString('utf8') }))
        .then(({ errors }) => {
          if (errors.length) throw new Error(`Pagefind could not index ${url}: ${errors.join('; ')}`);
        });
      // A failure is reported where write() awaits it.
      added.catch(() => {});
      this.added.push(added);
    }
    if (this.next === this.expected) this.startWriting();
  }

  /** Writes the index and the page map, once; returns the number of pages indexed. */
  private startWriting(): Promise<number> {
    this.written ??= (async () => {
      const index = await this.index;
      await Promise.all(this.added);
      const written = await index.writeFiles({ outputPath: `${this.outDir}/pagefind` });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      await pagefind.close();
      const script = `${this.outDir}/pagefind/${PAGEFIND_SCRIPT}`;
      await writeFile(script, await minified(await readFile(script)));
      writePagefindPages(this.outDir);
      return this.added.length;
    })();
    // A failure is reported where write() awaits it.
    this.written.catch(() => {});
    return this.written;
  }

  /**
   * After the last page (once, however often asked): waits for the index (written already, or
   * now if no page was rendered through the prerenderer), and writes the Brotli copies of the
   * first-search files. Returns the number of pages indexed, of files precompressed, and the
   * milliseconds from the first call to the end.
   */
  write(): Promise<{ pages: number; precompressed: number; ms: number }> {
    this.finished ??= (async () => {
      const started = performance.now();
      const fromPages = precompressFirstSearch(this.outDir, FIRST_SEARCH_FILES_FROM_PAGES);
      const pages = await this.startWriting();
      const fromIndex = await precompressFirstSearch(this.outDir, FIRST_SEARCH_FILES_FROM_INDEX, await this.ahead);
      return { pages, precompressed: fromIndex.length + (await fromPages).length, ms: Math.round(performance.now() - started) };
    })();
    // A failure is reported where the build awaits it.
    this.finished.catch(() => {});
    return this.finished;
  }
}
