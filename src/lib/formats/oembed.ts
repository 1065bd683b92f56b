import { z } from 'astro/zod';
import type { Term } from '../articles/glossary.ts';
import { t } from '../i18n/strings.ts';
import { embedUrl, homeUrl } from '../urls/urls.ts';

/** The size of the iframe card, in CSS pixels: room for a title, a definition and a link. */
export const EMBED_SIZE = { width: 400, height: 240 } as const;

/** An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3), as `/oembed/{lang}/{id}.json` serves it. */
export const oembedSchema = z.strictObject({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  /** An `<iframe>` of `/embed/{lang}/{id}/`. */
  html: z.string().startsWith('<iframe '),
  width: z.int().positive(),
  height: z.int().positive(),
  title: z.string().min(1),
  provider_name: z.string().min(1),
  provider_url: z.url({ protocol: /^https?$/ }),
});

export type Oembed = z.output<typeof oembedSchema>;

/**
 * Escapes text for an HTML attribute value in double quotes (or for element text).
 * @example escapeHtml('"A" & <b>') // '&quot;A&quot; &amp; &lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The `<iframe>` snippet that embeds a term's card.
 * @example iframeSnippet({ src: 'https://x.org/embed/en/vendor/', title: 'Vendor' })
 *   // '<iframe src="https://x.org/embed/en/vendor/" width="400" height="240" title="Vendor" loading="lazy" style="border:0;max-width:100%"></iframe>'
 */
export function iframeSnippet({ src, title, width = EMBED_SIZE.width, height = EMBED_SIZE.height }: { src: string; title: string; width?: number; height?: number }): string {
  return `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/**
 * The oEmbed response for a term: its card as an iframe, from the site at `site`.
 * @example toOembed(term, site).html // '<iframe src="https://outsourcing-lexicon.org/embed/en/vendor/" …'
 */
export function toOembed(term: Term, site: URL | string): Oembed {
  const { lang, id, data } = term;
  const siteName = t(lang, 'siteName');
  const title = `${data.title} – ${siteName}`;
  return {
    version: '1.0',
    type: 'rich',
    html: iframeSnippet({ src: new URL(embedUrl(lang, id), site).href, title }),
    ...EMBED_SIZE,
    title,
    provider_name: siteName,
    provider_url: new URL(homeUrl(lang), site).href,
  };
}
