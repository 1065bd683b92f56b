// `npm run check`: types (astro check), then every article's frontmatter, MDX syntax, term
// links, heading anchors, related ids, aliases and topics, strictly: any problem fails,
// one line per problem as `file:line: message`. `--no-types` skips astro check.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../src/corpus/checks.ts';
import { contentPrefix, paths } from '../src/paths.ts';

const { root } = paths;
let failed = false;

if (!process.argv.includes('--no-types')) {
  console.log('Checking types (astro check) …');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'check'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}

const dir = paths.contentDir;
const prefix = contentPrefix(dir);
const { errors, warnings, articles } = checkContent(dir);
for (const p of errors) console.error(formatProblem(p, prefix));
for (const p of warnings) console.error(formatProblem(p, prefix));
const count = errors.length + warnings.length;
console.log(`Checked ${articles.length} articles in ${prefix}: ${count ? `${count} problem(s)` : 'no problems'}.`);
if (count) failed = true;
process.exit(failed ? 1 : 0);
