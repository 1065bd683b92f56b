// `npm run new-term -- <concept-id> [--title "…"] [--lang nb,sv,en]`: writes skeleton
// article(s) with valid frontmatter and the standard sections; refuses an existing id.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { conceptIdProblem } from '../src/lib/urls/concept-id.ts';
import { paths } from '../src/paths.ts';
import { LOCALES, isLocale, type Locale } from '../src/lib/i18n/locales.ts';
import { articleSkeleton } from '../src/lib/articles/skeleton.ts';

const { root } = paths;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { title: { type: 'string' }, lang: { type: 'string', default: LOCALES.join(',') } },
});
const fail = (message: string) => {
  console.error(`new-term: ${message}`);
  process.exit(1);
};

const id = positionals[0];
if (!id || positionals.length > 1) fail('usage: npm run new-term -- <concept-id> [--title "Title"] [--lang nb,sv,en]');
const problem = conceptIdProblem(id!);
if (problem) fail(problem);
const langs = values.lang!.split(',').map((l) => l.trim());
const unknown = langs.filter((l) => !isLocale(l));
if (unknown.length) fail(`unknown language(s) ${unknown.join(', ')}; use ${LOCALES.join(', ')}`);

const dir = paths.contentDir;
const files = (langs as Locale[]).map((lang) => ({ lang, path: join(dir, lang, `${id}.mdx`) }));
const existing = (langs as Locale[]).flatMap((lang) => ['mdx', 'md'].map((ext) => join(dir, lang, `${id}.${ext}`))).filter(existsSync);
if (existing.length) fail(`"${id}" already exists: ${existing.map((f) => relative(root, f)).join(', ')}`);

const title = values.title ?? id!.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const date = new Date().toISOString().slice(0, 10);
for (const { lang, path } of files) {
  mkdirSync(join(dir, lang), { recursive: true });
  writeFileSync(path, articleSkeleton({ lang, title, date }), { flag: 'wx' });
  console.log(`wrote ${relative(root, path)}`);
}
console.log('Fill in the description, the sections, aliases, topics and sources; then `npm run check`.');
