import { conceptIdProblem } from './concept-id.ts';
import type { Locale } from '../i18n/locales.ts';
import { urlSlug } from '../i18n/transliterate.ts';
import { termsByStatus } from '../termbase/terms.ts';
import type { ArticleData } from '../articles/schema.ts';

export interface AliasSource {
  lang: Locale;
  id: string;
  title: string;
  aliases: readonly string[];
}

/**
 * The names of an article that get URLs: its deprecated terms first (where one shares a slug
 * with an alias, its own page wins), then its admitted terms and aliases.
 */
function aliasSource(lang: Locale, id: string, data: Pick<ArticleData, 'title' | 'aliases' | 'terms'>): AliasSource {
  const { admitted, deprecated } = termsByStatus(data);
  return { lang, id, title: data.title, aliases: [...deprecated, ...admitted].map((d) => d.term).concat(data.aliases) };
}

/**
 * Whether an alias URL is a deprecated term's own page (which says which term to use) rather
 * than a redirect.
 */
function isDeprecatedTermUrl(redirect: AliasRedirect, data: Pick<ArticleData, 'title' | 'terms'>): boolean {
  return termsByStatus(data).deprecated.some((d) => urlSlug(d.term) === redirect.slug);
}

export interface AliasRedirect {
  lang: Locale;
  /** The path segment: `/{lang}/{slug}/`. */
  slug: string;
  alias: string;
  /** The concept it leads to. */
  id: string;
}

export interface AliasConflict {
  lang: Locale;
  slug: string;
  alias: string;
  id: string;
  reason: string;
}

/**
 * The redirect pages `/{lang}/{slugified-alias}/` → `/{lang}/{concept-id}/` for every alias and
 * title whose slug is not already a page. An alias slug that is a real concept id, a reserved
 * site path, or shared by two concepts in one language gets no redirect, and is reported.
 */
export function aliasRedirects(terms: readonly AliasSource[]): { redirects: AliasRedirect[]; conflicts: AliasConflict[] } {
  const ids = new Set(terms.map((t) => `${t.lang}/${t.id}`));
  const claims = new Map<string, AliasRedirect[]>();
  const conflicts: AliasConflict[] = [];
  for (const term of terms) {
    const names = [term.title, ...term.aliases];
    const own = new Set<string>();
    for (const alias of names) {
      const slug = urlSlug(alias);
      if (!slug || slug === term.id || own.has(slug)) continue;
      own.add(slug);
      const isTitle = alias === term.title;
      if (ids.has(`${term.lang}/${slug}`)) {
        if (!isTitle) conflicts.push({ lang: term.lang, slug, alias, id: term.id, reason: `"${alias}" is also the concept id /${term.lang}/${slug}/` });
        continue;
      }
      if (conceptIdProblem(slug)) {
        if (!isTitle) conflicts.push({ lang: term.lang, slug, alias, id: term.id, reason: `/${term.lang}/${slug}/ is a reserved site path` });
        continue;
      }
      const key = `${term.lang}/${slug}`;
      claims.set(key, [...(claims.get(key) ?? []), { lang: term.lang, slug, alias, id: term.id }]);
    }
  }
  const redirects: AliasRedirect[] = [];
  for (const [, claimants] of claims) {
    const concepts = new Set(claimants.map((c) => c.id));
    if (concepts.size === 1) redirects.push(claimants[0]!);
    else
      for (const c of claimants)
        conflicts.push({ ...c, reason: `/${c.lang}/${c.slug}/ would lead to ${[...concepts].join(' and ')}; no redirect is made` });
  }
  return { redirects, conflicts };
}

/**
 * Every alias URL of a glossary, split as the site serves them: plain redirects to the article,
 * and deprecated terms' own pages; with the names no URL could be made for.
 * @example aliasUrls([{ lang: 'en', id: 'vendor', data: { title: 'Vendor', aliases: ['supplier'], terms: [{ term: 'provider', status: 'deprecated' }] } }]).deprecated.map((r) => r.slug) // ['provider']
 */
export function aliasUrls(terms: readonly { lang: Locale; id: string; data: Pick<ArticleData, 'title' | 'aliases' | 'terms'> }[]): { redirects: AliasRedirect[]; deprecated: AliasRedirect[]; conflicts: AliasConflict[] } {
  const data = new Map(terms.map((term) => [`${term.lang}/${term.id}`, term.data]));
  const { redirects, conflicts } = aliasRedirects(terms.map((term) => aliasSource(term.lang, term.id, term.data)));
  const isDeprecated = (r: AliasRedirect) => isDeprecatedTermUrl(r, data.get(`${r.lang}/${r.id}`)!);
  return { redirects: redirects.filter((r) => !isDeprecated(r)), deprecated: redirects.filter(isDeprecated), conflicts };
}
