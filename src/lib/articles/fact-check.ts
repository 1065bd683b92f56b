import { LOCALES, type Locale } from '../i18n/locales.ts';

/** How long a fact check holds before the article is due for another. */
export const FACT_CHECK_VALID_MONTHS = 12;

/** What the fact-check notice needs of an article. */
export interface FactCheckInput {
  id: string;
  lang: Locale;
  title: string;
  /** The day its facts were last verified; undefined when never. */
  checked?: Date;
  /** The years its dated figures apply to. */
  figureYears: readonly number[];
}

/** An article due for a fact check, and why. */
export interface FactCheckDue {
  id: string;
  lang: Locale;
  title: string;
  checked?: Date;
  /** True when `checked` is missing or more than {@link FACT_CHECK_VALID_MONTHS} months old. */
  checkExpired: boolean;
  /** Years of its figures that have passed, oldest first. */
  pastYears: number[];
}

/**
 * Per language, the articles due for a fact check on `today`: never checked, checked more than
 * 12 months ago, or with figures for a year that has passed. Oldest check first (never checked
 * first of all), then by id. A notice for editors, never a build failure.
 * @example factChecksDue([{ id: 'x', lang: 'nb', title: 'X', checked: new Date('2026-01-02'), figureYears: [2025] }], new Date('2026-12-06')).nb.map((a) => [a.id, a.checkExpired, a.pastYears]) // [['x', false, [2025]]]
 * @example factChecksDue([{ id: 'x', lang: 'sv', title: 'X', checked: new Date('2026-12-01'), figureYears: [2026] }], new Date('2026-12-06')).sv // []
 */
export function factChecksDue(articles: readonly FactCheckInput[], today: Date): Record<Locale, FactCheckDue[]> {
  const expiry = new Date(today);
  expiry.setUTCMonth(expiry.getUTCMonth() - FACT_CHECK_VALID_MONTHS);
  const thisYear = today.getUTCFullYear();
  const due = Object.fromEntries(LOCALES.map((l) => [l, [] as FactCheckDue[]])) as Record<Locale, FactCheckDue[]>;
  for (const a of articles) {
    const checkExpired = !a.checked || a.checked < expiry;
    const pastYears = [...new Set(a.figureYears.filter((y) => y < thisYear))].sort((x, y) => x - y);
    if (checkExpired || pastYears.length) due[a.lang].push({ id: a.id, lang: a.lang, title: a.title, checked: a.checked, checkExpired, pastYears });
  }
  for (const list of Object.values(due)) {
    list.sort((a, b) => (a.checked?.getTime() ?? -Infinity) - (b.checked?.getTime() ?? -Infinity) || a.id.localeCompare(b.id));
  }
  return due;
}
