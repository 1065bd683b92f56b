import { relative } from 'node:path';
import type { Link, Root, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { t } from '../lib/i18n/strings.ts';
import { localeOfContentFile } from '../corpus/scan.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { parseTermHref, resolveTerm, type TermRef } from '../lib/urls/term-links.ts';

export interface TermLinkOptions {
  /** The content folder the articles are read from. */
  contentDir: string;
  /** Whether a concept exists in a language. */
  exists: (lang: Locale, id: string) => boolean;
  /** Told about each link to a concept that does not exist in the article's language. */
  onMissing?: (problem: MissingTerm) => void;
}

export interface MissingTerm {
  /** The file as messages name it (relative to the working directory). */
  file: string;
  line: number;
  column: number;
  id: string;
  lang: Locale;
}

/** The build's line for a missing term link: file and line, and what happens. */
export function warnMissingTerm({ file, line, column, id, lang }: MissingTerm): void {
  console.warn(`${file}:${line}:${column}: term link to "${id}", which does not exist in ${lang} (shown as missing-term text)`);
}

/** An MDX `<Term id="…">` element, as remark sees it. */
interface TermElement {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: PhrasingContent[];
  position?: Link['position'];
}

/**
 * Remark adapter for term links: `[text](/id)`, `[text](/nb/id/)` and `<Term id="id">text</Term>`
 * become links to the concept in the article's own language, or missing-term text. The rules
 * live in `src/lib/urls/term-links.ts`.
 */
export function remarkTermLinks(options: TermLinkOptions) {
  return (tree: Root, file: VFile) => {
    const lang = localeOfContentFile(options.contentDir, file.path);
    if (!lang) return;
    const path = relative(process.cwd(), file.path);

    visit(tree, (node, index, parent) => {
      let ref: TermRef | undefined;
      let children: PhrasingContent[];
      if (node.type === 'link') {
        ref = parseTermHref(node.url);
        children = node.children;
      } else if ((node.type as string) === 'mdxJsxTextElement' && (node as unknown as TermElement).name === 'Term') {
        const element = node as unknown as TermElement;
        const id = element.attributes.find((a) => a.name === 'id')?.value;
        ref = typeof id === 'string' ? parseTermHref(`/${id}`) : undefined;
        children = element.children;
        if (!ref) {
          const at = node.position?.start;
          throw new Error(`${path}:${at?.line ?? 0}:${at?.column ?? 0}: <Term> needs an id="concept-id" attribute`);
        }
      } else return;
      if (!ref || !parent || index === undefined) return;

      const resolved = resolveTerm(ref, lang, options.exists);
      const replacement: PhrasingContent = resolved.found
        ? { type: 'link', url: resolved.url, children, data: { hProperties: { className: ['term-link'] } } }
        : {
            type: 'emphasis',
            children,
            data: {
              hName: 'span',
              hProperties: { className: ['term-missing'], title: t(lang, 'missingTerm'), dataMissingTerm: ref.id },
            },
          };
      if (!resolved.found) {
        const at = node.position?.start;
        (options.onMissing ?? warnMissingTerm)({ file: path, line: at?.line ?? 0, column: at?.column ?? 0, id: ref.id, lang });
      }
      (parent.children as PhrasingContent[])[index] = replacement;
      return SKIP;
    });
  };
}
