import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { conceptIdProblem } from '../lib/urls/concept-id.ts';
import { LOCALES, isLocale, type Locale } from '../lib/i18n/locales.ts';

/** An article file found in the content folder. */
export interface ArticleFile {
  /** Path relative to the content folder, with `/`: `nb/outsourcing.mdx`. */
  file: string;
  lang: Locale;
  id: string;
}

/** An article file with its text, as a scan that reads the files gives it. */
export interface ArticleSource extends ArticleFile {
  source: string;
}

/** Something wrong with the content folder, named by file. */
export interface ContentProblem {
  file: string;
  message: string;
}

/** An article file name: `<concept-id>.mdx` or `.md`; the one rule, used wherever files are read. */
export const ARTICLE_FILE = /\.mdx?$/;

/** Files that look like articles (a `.markdown` too), reported if they are not in a language folder or not named as articles must be. */
const LOOKS_LIKE_ARTICLE = /\.(mdx?|markdown)$/;

/**
 * The concept id an article file name gives.
 * @example conceptIdOfFile('f-tax.mdx') // 'f-tax'
 */
export function conceptIdOfFile(name: string): string {
  return name.replace(ARTICLE_FILE, '');
}

/**
 * Reads a path inside the content folder as an article file, or says what is wrong with it.
 * @example classifyContentPath('sv/f-tax.mdx') // { file: 'sv/f-tax.mdx', lang: 'sv', id: 'f-tax' }
 * @example classifyContentPath('de/vendor.md') // { file: 'de/vendor.md', message: '"de" is not a language we serve …' }
 */
export function classifyContentPath(file: string): ArticleFile | ContentProblem {
  const parts = file.split('/');
  const name = parts.at(-1)!;
  if (parts.length !== 2) {
    return {
      file,
      message: `articles belong directly in a language folder (content/{${LOCALES.join(',')}}/<concept-id>.mdx); move this file`,
    };
  }
  const [lang] = parts;
  if (!isLocale(lang)) {
    return { file, message: `"${lang}" is not a language we serve (${LOCALES.join(', ')}); move the file into one of those folders` };
  }
  if (!ARTICLE_FILE.test(name)) {
    return { file, message: 'articles are .mdx or .md files; rename or remove this file' };
  }
  const id = conceptIdOfFile(name);
  const problem = conceptIdProblem(id);
  return problem ? { file, message: problem } : { file, lang, id };
}

// Fatal, so that bytes that are not UTF-8 are an error; the BOM is kept, as readFileSync keeps it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file's text, or what is wrong with its bytes: not UTF-8 text, or empty. */
function readArticleText(file: string, bytes: Uint8Array): string | ContentProblem {
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    return { file, message: 'the file is not UTF-8 text; save it as UTF-8' };
  }
  if (source.trim() === '') {
    return { file, message: 'the file is empty; write the frontmatter (title, description) and the article, or delete it' };
  }
  return source;
}

/**
 * Finds concept ids that occur twice in one language (`x.md` beside `x.mdx`).
 */
function duplicateProblems(files: readonly ArticleFile[]): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const f of files) {
    const key = `${f.lang}/${f.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ file: f.file, message: `concept "${f.id}" already exists in ${f.lang} as ${first}; keep one of the two files` });
    } else seen.set(key, f.file);
  }
  return problems;
}

/** Every file below a folder, as `/`-separated paths relative to it, sorted. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string, prefix: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(current, entry.name), `${prefix}${entry.name}/`);
      else out.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, '');
  return out.sort();
}

/**
 * Scans the content folder: the article files with their text, and every problem that must stop
 * a build (misplaced files, unknown languages, bad or reserved ids, duplicates, empty or
 * non-UTF-8 files). Non-article files outside language folders (a README, say) are ignored.
 * `readFiles: false` judges by file names alone, for a caller that only counts the articles.
 */
export function scanContentDir(dir: string): { articles: ArticleSource[]; problems: ContentProblem[] };
export function scanContentDir(dir: string, options: { readFiles: false }): { articles: ArticleFile[]; problems: ContentProblem[] };
export function scanContentDir(dir: string, { readFiles = true }: { readFiles?: boolean } = {}): { articles: ArticleFile[]; problems: ContentProblem[] } {
  const articles: (ArticleFile | ArticleSource)[] = [];
  const problems: ContentProblem[] = [];
  for (const file of listFiles(dir)) {
    if (!LOOKS_LIKE_ARTICLE.test(file) && !isLocale(file.split('/')[0])) continue;
    const result = classifyContentPath(file);
    if ('message' in result) {
      problems.push(result);
      continue;
    }
    if (!readFiles) {
      articles.push(result);
      continue;
    }
    const source = readArticleText(file, readFileSync(join(dir, file)));
    if (typeof source === 'string') articles.push({ ...result, source });
    else problems.push(source);
  }
  problems.push(...duplicateProblems(articles));
  return { articles, problems };
}

/**
 * Which concepts exist in which language, read from file names only (cheap), refreshed when
 * a language folder changes, so term links resolve in `astro dev` as files come and go.
 */
export function conceptIndex(dir: string): (lang: Locale, id: string) => boolean {
  const cache = new Map<Locale, { mtime: number; ids: Set<string> }>();
  return (lang, id) => {
    const folder = join(dir, lang);
    let mtime = -1;
    try {
      mtime = statSync(folder).mtimeMs;
    } catch {
      return false;
    }
    let entry = cache.get(lang);
    if (!entry || entry.mtime !== mtime) {
      const ids = new Set(
        readdirSync(folder)
          .filter((name) => ARTICLE_FILE.test(name))
          .map(conceptIdOfFile),
      );
      entry = { mtime, ids };
      cache.set(lang, entry);
    }
    return entry.ids.has(id);
  };
}

/**
 * The language of a file in the content folder, from its folder: `content/sv/x.mdx` → `sv`.
 * @example localeOfContentFile('/site/content', '/site/content/nb/vendor.mdx') // 'nb'
 */
export function localeOfContentFile(dir: string, filePath: string): Locale | undefined {
  const lang = relative(dir, filePath).split(sep)[0];
  return isLocale(lang) ? lang : undefined;
}
