// `npm run translations`: every concept × language — present, missing, or outdated (its
// `updated` is more than --days (default 90) older than another language's). The same
// table is the site's /status/ page. Then, per language, the articles due for a fact check
// (checked over 12 months ago or never, or figures for a past year): a notice, exit code 0.
import { parseArgs } from 'node:util';
import { checkContent } from '../src/corpus/checks.ts';
import { paths } from '../src/paths.ts';
import { LOCALES } from '../src/lib/i18n/locales.ts';
import { OUTDATED_AFTER_DAYS, translationSummary, translationTable } from '../src/lib/i18n/translation-status.ts';
import { FACT_CHECK_VALID_MONTHS, factChecksDue } from '../src/lib/articles/fact-check.ts';

const { values } = parseArgs({ options: { days: { type: 'string', default: String(OUTDATED_AFTER_DAYS) } } });
const { articles } = checkContent(paths.contentDir);
const rows = translationTable(articles.map((a) => ({ id: a.id, lang: a.lang, updated: a.data.updated })), Number(values.days));

const MARK = { present: '✓', missing: '✗ missing', outdated: '! outdated' } as const;
const width = Math.max(10, ...rows.map((r) => r.id.length));
console.log(['concept'.padEnd(width), ...LOCALES.map((l) => l.padEnd(12))].join('  '));
for (const row of rows) {
  console.log([row.id.padEnd(width), ...LOCALES.map((l) => MARK[row.cells[l].state].padEnd(12))].join('  '));
}
const summary = translationSummary(rows);
console.log(`\n${rows.length} concepts. ${LOCALES.map((l) => `${l}: ${summary[l].present} present, ${summary[l].missing} missing, ${summary[l].outdated} outdated`).join('; ')}.`);

const due = factChecksDue(
  articles.map((a) => ({ id: a.id, lang: a.lang, title: a.data.title, checked: a.data.checked, figureYears: a.data.figures.map((f) => f.year) })),
  new Date(),
);
console.log(`\nDue for a fact check (checked over ${FACT_CHECK_VALID_MONTHS} months ago or never, or figures for a past year), oldest first:`);
for (const lang of LOCALES) {
  console.log(`${lang}: ${due[lang].length ? '' : 'none'}`);
  for (const a of due[lang]) {
    const why = [a.checked ? `checked ${a.checked.toISOString().slice(0, 10)}` : 'never checked', ...(a.pastYears.length ? [`figures for ${a.pastYears.join(', ')}`] : [])];
    console.log(`  ${a.id.padEnd(width)}  ${why.join('; ')}`);
  }
}
