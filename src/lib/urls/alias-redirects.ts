import { conceptIdProblem } from './concept-id.ts';
import type { Locale } from '../i18n/locales.ts';
import { urlSlug } from '../i18n/transliterate.ts';

export interface AliasSource {
  lang: Locale;
  id: string;
  title: string;
  aliases: readonly string[];
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
