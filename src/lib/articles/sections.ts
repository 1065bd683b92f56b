import type { Heading, Root, RootContent } from 'mdast';
import { parseBody, type BodySyntax } from './body.ts';
import { toString } from 'mdast-util-to-string';
import type { Locale } from '../i18n/locales.ts';

/** The headings topic articles use for their key takeaways and FAQ, per language. */
export const SECTION_HEADINGS = {
  takeaways: { nb: 'Viktigste punkter', sv: 'Viktigt att veta', en: 'Key takeaways' },
  faq: { nb: 'Ofte stilte spørsmål', sv: 'Vanliga frågor', en: 'Frequently asked questions' },
} as const satisfies Record<string, Record<Locale, string>>;

export interface FaqEntry {
  question: string;
  answer: string;
}

/** The `##` headings of a body, as text. */
export function h2Titles(tree: Root): string[] {
  return tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2).map((n) => toString(n).trim());
}

/** The nodes below a `##` heading up to the next `##`. */
function sectionNodes(tree: Root, title: string): RootContent[] | undefined {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === title);
  if (start < 0) return undefined;
  const end = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= 2);
  return tree.children.slice(start + 1, end < 0 ? undefined : end);
}

/**
 * The FAQ of an article: each `###` question under the language's FAQ heading with the text
 * that follows it as the answer. Empty when the article has no FAQ.
 * @example extractFaq(markdownTree('## Key takeaways\n\n- a\n\n## Frequently asked questions\n\n### Why?\n\nBecause.'), 'en')
 *   // [{ question: 'Why?', answer: 'Because.' }]
 */
export function extractFaq(tree: Root, lang: Locale): FaqEntry[] {
  const nodes = sectionNodes(tree, SECTION_HEADINGS.faq[lang]) ?? [];
  const faq: FaqEntry[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 3) faq.push({ question: toString(node).trim(), answer: '' });
    else if (faq.length) {
      const last = faq.at(-1)!;
      last.answer = [last.answer, toString(node).trim()].filter(Boolean).join('\n\n');
    }
  }
  return faq;
}

/**
 * The FAQ of an article body; the body is parsed only when it has the FAQ heading (only topic
 * articles do).
 * @example faqOf('## Ofte stilte spørsmål\n\n### Hva?\n\nDette.', 'nb') // [{ question: 'Hva?', answer: 'Dette.' }]
 */
export function faqOf(body: string, lang: Locale, syntax: BodySyntax = 'markdown'): FaqEntry[] {
  return body.includes(`## ${SECTION_HEADINGS.faq[lang]}`) ? extractFaq(parseBody(body, syntax), lang) : [];
}

/** The key-takeaway bullet points of an article; empty when it has none. */
export function extractTakeaways(tree: Root, lang: Locale): string[] {
  const nodes = sectionNodes(tree, SECTION_HEADINGS.takeaways[lang]) ?? [];
  return nodes.flatMap((n) => (n.type === 'list' ? n.children.map((item) => toString(item).trim()) : []));
}

/** Counts the words of a body's prose (link targets, code and markup left out). */
export function countWords(tree: Root): number {
  return toString(tree).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
