import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A static redirect page: a meta refresh for browsers, the canonical URL for search engines, a
 * link for everyone else. Nothing to load (no stylesheet, no script) before it moves on.
 * @example redirectPage({ lang: 'nb', to: '/nb/outsourcing/', title: 'Outsourcing', site: 'https://outsourcing-lexicon.org' }) // '<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Outsourcing</title><meta http-equiv="refresh" content="0; url=/nb/outsourcing/"><meta name="robots" content="noindex"><link rel="canonical" href="https://outsourcing-lexicon.org/nb/outsourcing/"></head><body><p><a href="/nb/outsourcing/">Outsourcing</a></p></body></html>'
 */
export function redirectPage({ lang, to, title, site }: { lang: Locale; to: string; title: string; site: URL | string }): string {
  const [href, text] = [escapeHtml(to), escapeHtml(title)];
  return (
    `<!DOCTYPE html><html lang="${LOCALE_INFO[lang].tag}"><head><meta charset="utf-8"><title>${text}</title>` +
    `<meta http-equiv="refresh" content="0; url=${href}"><meta name="robots" content="noindex">` +
    `<link rel="canonical" href="${escapeHtml(new URL(to, site).href)}"></head><body><p><a href="${href}">${text}</a></p></body></html>`
  );
}
