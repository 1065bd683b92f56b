// `npm run translations`: every concept × language — present, missing, or outdated (its
// `updated` is more than --days (default 90) older than another language's). The same
// table is the site's /status/ page.
import { parseArgs } from 'node:util';
import { checkContent } from '../src/corpus/checks.ts';
import { paths } from '../src/paths.ts';
import { LOCALES } from '../src/lib/i18n/locales.ts';
import { OUTDATED_AFTER_DAYS, translationSummary, translationTable } from '../src/lib/i18n/translation-status.ts';

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
