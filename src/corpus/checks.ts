// Every check of a content folder: checkContent runs them all (the build runs the cheap half
// up front, `npm run check` all of them); crossChecks are the ones between articles.
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { fieldLine, parseArticleFile, type FileProblem, type ParsedArticle } from './parse.ts';
import { scanContentDir, type ArticleSource } from './scan.ts';
import { filterFold } from '../lib/i18n/transliterate.ts';
import { parseTermHref, type TermRef } from '../lib/urls/term-links.ts';
import { extractTakeaways, SECTION_HEADINGS } from '../lib/articles/sections.ts';
import { termConflicts } from '../lib/termbase/terms.ts';

/** An article as the checks see it: its file and text, parsed. */
export interface CheckedArticle extends ArticleSource, ParsedArticle {}

/** A term link in a body: `[text](/id)`, `[text](/nb/id/#anchor)` or `<Term id="id">`. */
export interface TermLinkUse extends TermRef {
  line: number;
}

/** Every term link in a body, with its line. */
export function termLinksIn(tree: Root): TermLinkUse[] {
  const uses: TermLinkUse[] = [];
  visit(tree, (node) => {
    let ref: TermRef | undefined;
    if (node.type === 'link') ref = parseTermHref(node.url);
    else if ((node.type as string).startsWith('mdxJsx') && (node as { name?: string }).name === 'Term') {
      const id = (node as { attributes?: { name?: string; value?: unknown }[] }).attributes?.find((a) => a.name === 'id')?.value;
      if (typeof id === 'string') ref = parseTermHref(`/${id}`);
    }
    if (ref) uses.push({ ...ref, line: node.position?.start.line ?? 0 });
  });
  return uses;
}

/** The ids the page will give the body's headings (github-slugger, as Astro does). */
function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, 'heading', (node) => {
    ids.add(slugger.slug(toString(node)));
  });
  return ids;
}

/**
 * Whether a URL is a site's home page rather than the page that says something.
 * @example isBareDomain('https://www.skatteetaten.no/') // true
 * @example isBareDomain('https://www.skatteetaten.no/satser/') // false
 */
export function isBareDomain(url: string): boolean {
  const u = new URL(url);
  return (u.pathname === '/' || u.pathname === '') && !u.search;
}

/** Key takeaways: at least this many points, and at most {@link MAX_TAKEAWAYS}. */
export const MIN_TAKEAWAYS = 3;
export const MAX_TAKEAWAYS = 5;

/**
 * Problems within one article that the build survives and `npm run check` refuses: no key
 * takeaways (3–5 points under the language's heading), a source or figure citing a home page,
 * a date (`updated`, `checked`, a figure's `checked`) after `today`.
 */
export function articleChecks(a: CheckedArticle, today: Date): FileProblem[] {
  const problems: FileProblem[] = [];
  const at = (field: string, message: string) => problems.push({ file: a.file, line: fieldLine(a.source, field), message });
  const points = extractTakeaways(a.tree, a.lang).length;
  const heading = SECTION_HEADINGS.takeaways[a.lang];
  if (points < MIN_TAKEAWAYS || points > MAX_TAKEAWAYS) {
    problems.push({ file: a.file, line: 1, message: `key takeaways: "## ${heading}" with ${MIN_TAKEAWAYS}–${MAX_TAKEAWAYS} points is required (found ${points})` });
  }
  for (const s of a.data.sources) if (isBareDomain(s.url)) at('sources', `sources: ${s.url} is a home page; cite the page that says it`);
  for (const f of a.data.figures) if (isBareDomain(f.source)) at('figures', `figures: ${f.source} is a home page; cite the page that says it`);
  const endOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1);
  const future = (d: Date | undefined) => d !== undefined && d.getTime() >= endOfToday;
  if (future(a.data.updated)) at('updated', `updated: ${a.data.updated!.toISOString().slice(0, 10)} is in the future`);
  if (future(a.data.checked)) at('checked', `checked: ${a.data.checked!.toISOString().slice(0, 10)} is in the future`);
  for (const f of a.data.figures) if (future(f.checked)) at('figures', `figures: "${f.label}" checked ${f.checked.toISOString().slice(0, 10)} is in the future`);
  return problems;
}

/**
 * Problems between articles, each a warning the build survives and `npm run check` refuses:
 * term links and `related` ids to concepts missing in the language, links to headings that
 * do not exist, an alias used by two concepts or equal to another concept's title in one
 * language, a term of two concepts in one language (termbase/terms.ts), and translations
 * that disagree on `topics`.
 */
function crossChecks(articles: readonly CheckedArticle[]): FileProblem[] {
  const problems: FileProblem[] = [];
  const byKey = new Map(articles.map((a) => [`${a.lang}/${a.id}`, a]));
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (a: CheckedArticle) => {
    let ids = anchors.get(`${a.lang}/${a.id}`);
    if (!ids) anchors.set(`${a.lang}/${a.id}`, (ids = headingIds(a.tree)));
    return ids;
  };

  for (const a of articles) {
    for (const use of termLinksIn(a.tree)) {
      const target = byKey.get(`${a.lang}/${use.id}`);
      if (!target) {
        problems.push({ file: a.file, line: use.line, message: `term link to "${use.id}", which does not exist in ${a.lang}; write content/${a.lang}/${use.id}.mdx or change the link` });
      } else if (use.hash && !anchorsOf(target).has(decodeURIComponent(use.hash.slice(1)))) {
        problems.push({ file: a.file, line: use.line, message: `link to ${a.lang}/${use.id}${use.hash}: that article has no heading with this id (has: ${[...anchorsOf(target)].join(', ') || 'none'})` });
      }
    }
    for (const rel of a.data.related) {
      if (!byKey.has(`${a.lang}/${rel}`)) problems.push({ file: a.file, line: fieldLine(a.source, 'related'), message: `related: "${rel}" does not exist in ${a.lang}` });
    }
  }

  // Aliases within a language: shared by two concepts, or another concept's title.
  const langs = new Set(articles.map((a) => a.lang));
  for (const lang of langs) {
    const inLang = articles.filter((a) => a.lang === lang);
    const titles = new Map(inLang.map((a) => [filterFold(a.data.title), a]));
    const owners = new Map<string, CheckedArticle[]>();
    for (const a of inLang) {
      for (const alias of new Set(a.data.aliases.map(filterFold))) {
        owners.set(alias, [...(owners.get(alias) ?? []), a]);
        const titled = titles.get(alias);
        if (titled && titled !== a) problems.push({ file: a.file, line: fieldLine(a.source, 'aliases'), message: `alias "${alias}" is the title of ${titled.file}; remove it or rename one of them` });
      }
    }
    for (const [alias, list] of owners) {
      if (list.length > 1) for (const a of list) problems.push({ file: a.file, line: fieldLine(a.source, 'aliases'), message: `alias "${alias}" is used by ${list.map((x) => x.file).join(' and ')}; an alias must lead to one concept` });
    }
  }

  const byFile = new Map(articles.map((a) => [a.file, a]));
  for (const c of termConflicts(articles)) problems.push({ file: c.file, line: fieldLine(byFile.get(c.file)!.source, 'terms'), message: c.message });

  // Translations agree on topics.
  const byId = new Map<string, CheckedArticle[]>();
  for (const a of articles) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
  for (const [id, versions] of byId) {
    const sets = new Set(versions.map((v) => [...v.data.topics].sort().join(',')));
    if (sets.size > 1) {
      const detail = versions.map((v) => `${v.lang}: ${v.data.topics.join(', ') || '(none)'}`).join('; ');
      for (const v of versions) problems.push({ file: v.file, line: fieldLine(v.source, 'topics'), message: `the translations of "${id}" disagree on topics (${detail})` });
    }
  }
  return problems;
}

export interface ContentReport {
  /** Problems that stop the build. */
  errors: FileProblem[];
  /** Problems the build survives (shown as warnings) and `npm run check` refuses. */
  warnings: FileProblem[];
  articles: CheckedArticle[];
}

/**
 * Reads and checks every article of a content folder, without building anything.
 * `bodies: false` checks files and frontmatter only, skipping the MDX parse and cross checks.
 */
export function checkContent(dir: string, { bodies = true } = {}): ContentReport {
  const { articles: files, problems } = scanContentDir(dir);
  const errors: FileProblem[] = problems.map((p) => ({ file: p.file, line: 1, message: p.message }));
  const articles: CheckedArticle[] = [];
  for (const f of files) {
    const { article, problems: fileProblems } = parseArticleFile(f.file, f.source, { body: bodies });
    errors.push(...fileProblems);
    if (article) articles.push({ ...f, ...article });
  }
  const today = new Date();
  return { errors, warnings: bodies ? [...articles.flatMap((a) => articleChecks(a, today)), ...crossChecks(articles)] : [], articles };
}

/** One problem as one line: `content/nb/x.mdx:12:4: message`. */
export function formatProblem(p: FileProblem, prefix = 'content/'): string {
  return `${prefix}${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`;
}
