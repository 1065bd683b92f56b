import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhrasingContent } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { t } from '../lib/i18n/strings.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { parseTermHref, resolveTerm, type TermRef } from '../lib/urls/term-links.ts';
import { articleLocale } from './article-locale.ts';

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

/** An MDX `<Term id="…">` element, as the parser gives it. */
interface TermElement {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: PhrasingContent[];
  position?: { start: { line: number; column: number } };
}

/**
 * Sätteri plugin for term links: `[text](/id)`, `[text](/nb/id/)` and `<Term id="id">text</Term>`
 * become links to the concept in the article's own language, or missing-term text. The rules
 * live in `src/lib/urls/term-links.ts`.
 */
export function termLinks(options: TermLinkOptions) {
  return (document: PluginFactoryContext): MdastPluginDefinition | undefined => {
    const lang = articleLocale(options.contentDir, document);
    if (!lang) return undefined;
    const file = relative(process.cwd(), fileURLToPath(document.fileURL!));
    const replacement = (ref: TermRef, children: PhrasingContent[], at: { line: number; column: number } | undefined): PhrasingContent => {
      const resolved = resolveTerm(ref, lang, options.exists);
      if (resolved.found) return { type: 'link', url: resolved.url, children, data: { hProperties: { className: ['term-link'] } } };
      (options.onMissing ?? warnMissingTerm)({ file, line: at?.line ?? 0, column: at?.column ?? 0, id: ref.id, lang });
      return { type: 'emphasis', children, data: { hName: 'span', hProperties: { className: ['term-missing'], title: t(lang, 'missingTerm'), dataMissingTerm: ref.id } } };
    };
    return {
      name: 'term-links',
      // Positions, for the line and column of a missing term.
      options: { position: true },
      link(node, context) {
        const ref = parseTermHref(node.url);
        if (ref) context.replaceNode(node, replacement(ref, node.children as PhrasingContent[], node.position?.start));
      },
      mdxJsxTextElement(node, context) {
        const element = node as unknown as TermElement;
        if (element.name !== 'Term') return;
        const id = element.attributes.find((a) => a.name === 'id')?.value;
        const ref = typeof id === 'string' ? parseTermHref(`/${id}`) : undefined;
        const at = element.position?.start;
        if (!ref) throw new Error(`${file}:${at?.line ?? 0}:${at?.column ?? 0}: <Term> needs an id="concept-id" attribute`);
        context.replaceNode(node, replacement(ref, element.children, at));
      },
    };
  };
}
