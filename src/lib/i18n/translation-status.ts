import { LOCALES, type Locale } from './locales.ts';

/** How far behind its newest translation an article may fall before it counts as outdated. */
export const OUTDATED_AFTER_DAYS = 90;

export type TranslationState = 'present' | 'missing' | 'outdated';

export interface TranslationRow {
  id: string;
  cells: Record<Locale, { state: TranslationState; updated?: Date }>;
}

const DAY = 86_400_000;

/**
 * Every concept × language: present, missing, or outdated (its `updated` is more than
 * `days` older than another language's). Rows sorted by id; concepts missing somewhere first.
 * @example translationTable([{ id: 'x', lang: 'nb', updated: new Date('2026-01-01') }])[0].cells.sv.state // 'missing'
 */
export function translationTable(
  articles: readonly { id: string; lang: Locale; updated?: Date }[],
  days = OUTDATED_AFTER_DAYS,
): TranslationRow[] {
  const byId = new Map<string, Map<Locale, Date | undefined>>();
  for (const a of articles) {
    if (!byId.has(a.id)) byId.set(a.id, new Map());
    byId.get(a.id)!.set(a.lang, a.updated);
  }
  const rows = [...byId].map(([id, versions]) => {
    const newest = Math.max(...[...versions.values()].map((d) => d?.getTime() ?? 0));
    const cells = Object.fromEntries(
      LOCALES.map((lang) => {
        if (!versions.has(lang)) return [lang, { state: 'missing' }];
        const updated = versions.get(lang);
        const behind = newest - (updated?.getTime() ?? 0);
        return [lang, { state: behind > days * DAY ? 'outdated' : 'present', updated }];
      }),
    ) as TranslationRow['cells'];
    return { id, cells };
  });
  const complete = (r: TranslationRow) => LOCALES.every((l) => r.cells[l].state === 'present');
  return rows.sort((a, b) => Number(complete(a)) - Number(complete(b)) || a.id.localeCompare(b.id));
}

/** Counts per language and state, for a summary line. */
export function translationSummary(rows: readonly TranslationRow[]): Record<Locale, Record<TranslationState, number>> {
  const summary = Object.fromEntries(LOCALES.map((l) => [l, { present: 0, missing: 0, outdated: 0 }])) as Record<Locale, Record<TranslationState, number>>;
  for (const row of rows) for (const l of LOCALES) summary[l][row.cells[l].state]++;
  return summary;
}
