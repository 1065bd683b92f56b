// An article's API summary and FAQ: a Markdown article gets them while content syncs (the render
// workers read them off the rendered tree); an article compiled as an MDX module keeps its body
// and gets them from it here. No `astro:*` import, so the content loader can use it too.
import { faqOf, type FaqEntry } from '../lib/articles/sections.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { summarize } from '../lib/articles/summary.ts';

interface StoredEntry {
  rendered?: { metadata?: Record<string, unknown> };
  body?: string;
  filePath?: string;
}

/** The plain-text summary of an article's first section, for the JSON API. */
export function entrySummary(entry: StoredEntry, lang: Locale): string {
  const stored = entry.rendered?.metadata?.summary;
  return typeof stored === 'string' ? stored : summarize(entry.body ?? '', lang, { mdx: !entry.filePath?.endsWith('.md') });
}

/** The FAQ of an article (topic articles have one), for its FAQPage data. */
export function entryFaq(entry: StoredEntry, lang: Locale): FaqEntry[] {
  const stored = entry.rendered?.metadata?.faq;
  return Array.isArray(stored) ? (stored as FaqEntry[]) : faqOf(entry.body ?? '', lang, entry.filePath?.endsWith('.md') ? 'markdown' : 'mdx');
}
