import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Root } from 'mdast';
import { bodySyntax, parseBody } from '../lib/articles/body.ts';
import { articleSchema, type ArticleData } from '../lib/articles/schema.ts';

/** A problem in one file, at a line where there is one. */
export interface FileProblem {
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface ParsedArticle {
  data: ArticleData;
  /** The body as a Markdown/MDX tree; positions are lines of the whole file. */
  tree: Root;
}

/** The line of a top-level frontmatter field (1-based, counting the opening `---`). */
export function fieldLine(source: string, field: string): number {
  const lines = source.split('\n');
  const at = lines.findIndex((line, i) => i > 0 && new RegExp(`^${field}\\s*:`).test(line));
  return at < 0 ? 1 : at + 1;
}

/**
 * Reads an article file as the build will: frontmatter through the schema, body through
 * parseBody (MDX where the article uses MDX syntax, Markdown otherwise). Every problem names the line, and the field.
 * `body: false` checks the frontmatter only (cheap enough for every build).
 */
export function parseArticleFile(file: string, source: string, { body = true } = {}): { article?: ParsedArticle; problems: FileProblem[] } {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return { problems: [{ file, line: (mark?.line ?? 0) + 1, column: mark?.column, message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const problems: FileProblem[] = [];
  const result = articleSchema.safeParse(parsed.frontmatter ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'frontmatter');
      problems.push({ file, line: fieldLine(source, field), message: `${issue.path.join('.') || 'frontmatter'}: ${issue.message}` });
    }
  }
  let tree: Root | undefined = body ? undefined : { type: 'root', children: [] };
  if (body) try {
    tree = parseBody(parsed.content, bodySyntax(file, parsed.content));
  } catch (error) {
    const place = (error as { place?: { line: number; column: number }; line?: number; column?: number }).place ?? (error as { line?: number; column?: number });
    problems.push({ file, line: place?.line ?? 0, column: place?.column, message: `MDX does not parse: ${(error as { reason?: string }).reason ?? (error as Error).message}` });
  }
  return { article: result.success && tree ? { data: result.data, tree } : undefined, problems };
}
