import type { ArticleData, TermEntry } from '../articles/schema.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The designations of a concept in one language, with their status (ISO 704 / TBX):
 * the rules an article's `terms` must follow, and the ordered list every reader of
 * `terms` (article, concept page, API, exports, JSON-LD, cards) gets from here.
 */

export type { TermEntry };
export type TermStatus = TermEntry['status'];

/** An article's terms grouped by status: the one preferred term, then the others in the author's order. */
export interface TermsByStatus {
  preferred: TermEntry;
  admitted: TermEntry[];
  deprecated: TermEntry[];
}

const STATUS_ORDER: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2 };

/**
 * The designations of an article: its `terms`, preferred first; an article without `terms`
 * has its title as its one (preferred) term, so every article builds unchanged until it has them.
 * @example designationsOf({ title: 'Factoring', terms: [] }) // [{ term: 'Factoring', status: 'preferred' }]
 * @example designationsOf({ title: 'BPO', terms: [{ term: 'BPO', status: 'admitted' }, { term: 'business process outsourcing', status: 'preferred' }] })[0].status // 'preferred'
 */
export function designationsOf(data: Pick<ArticleData, 'title' | 'terms'>): TermEntry[] {
  if (!data.terms.length) return [{ term: data.title, status: 'preferred' }];
  return [...data.terms].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

/**
 * An article's terms by status. Where `terms` break the rules (no preferred term), the title stands in.
 * @example termsByStatus({ title: 'Vendor', terms: [] }).preferred.term // 'Vendor'
 */
export function termsByStatus(data: Pick<ArticleData, 'title' | 'terms'>): TermsByStatus {
  const all = designationsOf(data);
  return {
    preferred: all.find((t) => t.status === 'preferred') ?? { term: data.title, status: 'preferred' },
    admitted: all.filter((t) => t.status === 'admitted'),
    deprecated: all.filter((t) => t.status === 'deprecated'),
  };
}

/**
 * How terms are compared: Unicode-normalised, case and surrounding space ignored, so that
 * "Managed services" (a title) and "managed services" (the same word mid-sentence) are one term.
 * @example sameTermKey(' Managed  Services ') === sameTermKey('managed services') // true
 */
export function sameTermKey(term: string): string {
  return term.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A problem in one article's `terms`: the path of the field it is in, and what to do. */
export interface TermIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The rules one article's `terms` must follow (an empty list follows them: the title is then
 * the preferred term): exactly one preferred term, and it is the title; a deprecated term has
 * a note saying who advises against it; no term twice.
 * @example termIssues({ title: 'Factoring', terms: [{ term: 'factoring', status: 'preferred' }] }) // []
 * @example termIssues({ title: 'Factoring', terms: [{ term: 'fakturakjøp', status: 'deprecated' }] }).map((i) => i.path.join('.')) // ['terms', 'terms.0.note']
 */
export function termIssues(data: Pick<ArticleData, 'title' | 'terms'>): TermIssue[] {
  const { title, terms } = data;
  if (!terms.length) return [];
  const issues: TermIssue[] = [];
  const preferred = terms.flatMap((t, i) => (t.status === 'preferred' ? [i] : []));
  if (preferred.length === 0) {
    issues.push({ path: ['terms'], message: `no preferred term; the title is the preferred term, so add { term: ${JSON.stringify(title)}, status: preferred }` });
  } else if (preferred.length > 1) {
    for (const i of preferred.slice(1)) issues.push({ path: ['terms', i, 'status'], message: `a second preferred term ("${terms[i]!.term}"); a concept has exactly one preferred term per language (the title): make this one admitted` });
  }
  const first = preferred[0];
  if (first !== undefined && sameTermKey(terms[first]!.term) !== sameTermKey(title)) {
    issues.push({ path: ['terms', first, 'term'], message: `the preferred term "${terms[first]!.term}" is not the title "${title}"; the title is the preferred term (change one of them, or make this term admitted)` });
  }
  const seen = new Map<string, number>();
  terms.forEach((t, i) => {
    if (t.status === 'deprecated' && !t.note) issues.push({ path: ['terms', i, 'note'], message: `the deprecated term "${t.term}" needs a note saying why, and who advises against it (a language council or an authority)` });
    const key = sameTermKey(t.term);
    const before = seen.get(key);
    if (before !== undefined) issues.push({ path: ['terms', i, 'term'], message: `"${t.term}" is listed twice (also terms.${before}); list each term once` });
    else seen.set(key, i);
  });
  return issues;
}

/** Which grammatical genders a language's nouns have; a language not listed has none. */
export const GENDERS_OF: Partial<Record<Locale, readonly string[]>> = {
  nb: ['masculine', 'feminine', 'neuter'],
  sv: ['common', 'neuter'],
};

/** An article as the cross-article term rules see it. */
export interface TermOwner {
  lang: Locale;
  id: string;
  file: string;
  data: Pick<ArticleData, 'title' | 'terms'>;
}

/** A problem found across articles, in one of them. */
export interface TermConflict {
  file: string;
  message: string;
}

/**
 * Rules between articles and per language: no term designates two concepts in one language
 * (a title counts as its article's preferred term), and a gender is one the language has.
 * @example termConflicts([{ lang: 'en', id: 'a', file: 'en/a.mdx', data: { title: 'A', terms: [] } }]) // []
 */
export function termConflicts(articles: readonly TermOwner[]): TermConflict[] {
  const conflicts: TermConflict[] = [];
  const owners = new Map<string, TermOwner[]>();
  for (const a of articles) {
    for (const t of designationsOf(a.data)) {
      const key = `${a.lang}\u0000${sameTermKey(t.term)}`;
      const list = owners.get(key) ?? [];
      if (!list.includes(a)) list.push(a);
      owners.set(key, list);
      if (t.gender) {
        const genders = GENDERS_OF[a.lang];
        if (!genders) conflicts.push({ file: a.file, message: `terms: "${t.term}" has a gender, but ${a.lang} nouns have none; remove gender` });
        else if (!genders.includes(t.gender)) conflicts.push({ file: a.file, message: `terms: "${t.term}" has gender ${t.gender}, which ${a.lang} does not have (use ${genders.join(', ')})` });
      }
    }
  }
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    const term = key.split('\u0000')[1];
    for (const a of list) conflicts.push({ file: a.file, message: `terms: "${term}" is a term of ${list.map((x) => x.file).join(' and ')}; a term designates one concept per language` });
  }
  return conflicts;
}
