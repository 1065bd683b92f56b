import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile, type FileProblem } from './article-file.ts';
import { articleChecks, crossChecks, type CheckedArticle } from './content-checks.ts';
import { scanContentDir } from './content-tree.ts';

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
    const source = readFileSync(join(dir, f.file), 'utf8');
    const { article, problems: fileProblems } = parseArticleFile(f.file, source, { body: bodies });
    errors.push(...fileProblems);
    if (article) articles.push({ ...f, ...article, source });
  }
  const today = new Date();
  return { errors, warnings: bodies ? [...articles.flatMap((a) => articleChecks(a, today)), ...crossChecks(articles)] : [], articles };
}

/** One problem as one line: `content/nb/x.mdx:12:4: message`. */
export function formatProblem(p: FileProblem, prefix = 'content/'): string {
  return `${prefix}${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`;
}
