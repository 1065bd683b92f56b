import type { Nodes, Root, RootContent } from 'mdast';
import { parseBody } from './body.ts';
import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';

/** Summaries stop at the last whole sentence within this many characters. */
export const SUMMARY_MAX_LENGTH = 300;

/**
 * The text of a node without markup. Only text and code spans count: raw HTML, MDX expressions
 * and imports, and image alt texts are not prose a reader would see in the paragraph.
 */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}

/** The paragraphs (also those in lists and quotes) of the blocks before the second H2. */
function firstSectionParagraphs(blocks: readonly RootContent[]): string[] {
  const out: string[] = [];
  let h2s = 0;
  const collect = (node: Nodes) => {
    if (node.type === 'paragraph') out.push(plainText(node));
    else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') node.children.forEach(collect);
  };
  for (const block of blocks) {
    if (block.type === 'heading' && block.depth === 2 && ++h2s === 2) break;
    collect(block);
  }
  return out;
}

/**
 * The source up to its second `## ` line outside code fences: parsing only that keeps
 * summaries cheap for long articles (the tree walk still stops at the second H2 itself).
 * @example beforeSecondH2('## A\n\nx\n\n## B\n\ny') // '## A\n\nx\n\n'
 */
export function beforeSecondH2(body: string): string {
  let fence: string | undefined;
  let h2s = 0;
  let offset = 0;
  for (const line of body.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
    else if (!fence && /^ {0,3}##(?:[ \t]|$)/.test(line) && ++h2s === 2) return body.slice(0, offset);
    offset += line.length + 1;
  }
  return body;
}

// One per language, made on first use (a new one per summary cost more than the cut itself).
const sentenceSegmenters: Partial<Record<Locale, Intl.Segmenter>> = {};

/**
 * Cuts text to at most `max` characters at a sentence boundary (the language's own sentence
 * rules); a first sentence longer than that is cut at a word and ends with "…".
 * @example trimToSentences('One. Two three. Four.', 'en', 16) // 'One. Two three.'
 */
export function trimToSentences(text: string, lang: Locale, max = SUMMARY_MAX_LENGTH): string {
  if (text.length <= max) return text;
  const segmenter = (sentenceSegmenters[lang] ??= new Intl.Segmenter(LOCALE_INFO[lang].tag, { granularity: 'sentence' }));
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if ((out + segment).trimEnd().length > max) break;
    out += segment;
  }
  if (out.trim()) return out.trim();
  // Keep the last word only if it ends right at the cut.
  const cut = text.slice(0, max - 1);
  const words = /\s/.test(text[max - 1] ?? ' ') || !cut.includes(' ') ? cut : cut.slice(0, cut.lastIndexOf(' '));
  return `${words.replace(/[\s,;:–-]+$/, '')}…`;
}

/**
 * A plain-text summary of an article: the prose of its first section (the body up to its
 * second H2), without Markdown, whitespace collapsed, trimmed at a sentence boundary.
 * Headings, tables and code are left out: they do not read as a summary.
 * @example summarize('## What it is\n\nA **vendor** sells [things](/thing).\n\n## More\n\nNo.', 'en')
 *   // 'A vendor sells things.'
 */
export function summarize(body: string, lang: Locale, options: { mdx?: boolean; maxLength?: number } = {}): string {
  const syntax = options.mdx === false ? 'markdown' : 'mdx';
  let tree;
  try {
    tree = parseBody(beforeSecondH2(body), syntax);
  } catch {
    // The cut split an MDX element around an H2; the whole body is still valid.
    tree = parseBody(body, syntax);
  }
  return summaryOfTree(tree, lang, options.maxLength);
}

/**
 * The summary of an article already parsed (the site's render pipeline has the tree anyway).
 * @example summaryOfTree(markdownTree('Factoring er salg av fakturaer. Mer.'), 'nb') // 'Factoring er salg av fakturaer. Mer.'
 */
export function summaryOfTree(tree: Root, lang: Locale, maxLength?: number): string {
  const text = firstSectionParagraphs(tree.children)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
  return trimToSentences(text, lang, maxLength);
}
