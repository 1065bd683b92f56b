// `npm run check:html [dir]`: every built page through the W3C Nu HTML Checker (the `vnu-jar`
// package), as CI's own step. Needs a Java runtime (Debian: default-jre-headless), which is why
// it is not part of `npm test`: there html-validate, with our rules for what Nu finds and it
// does not (tests/helpers/html-rules.ts), runs on Node alone.
// Prints one line per error or warning and a summary; exits 1 on any error.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { paths } from '../src/paths.ts';

const root = paths.root;
const dir = process.argv[2] ? resolve(process.argv[2]) : paths.outDir;
const require = createRequire(import.meta.url);
const jar = String(require('vnu-jar'));
const version = (require('vnu-jar/package.json') as { version: string }).version;

const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.x?html?$/.test(f)).length;
if (pages === 0) {
  console.error(`check:html: no HTML pages in ${dir}; run npm run build first.`);
  process.exit(1);
}

const java = process.env.JAVA_HOME ? resolve(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const run = spawnSync(java, ['-jar', jar, '--skip-non-html', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
if (run.error) {
  console.error(`check:html: cannot run ${java} (${run.error.message}): install a Java runtime (Debian: apt-get install default-jre-headless) or set JAVA_HOME.`);
  process.exit(1);
}

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}
let messages: NuMessage[];
try {
  // vnu writes its JSON report to stderr.
  messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
} catch {
  console.error(`check:html: vnu exited ${run.status} without a report:\n${run.stderr}${run.stdout}`);
  process.exit(1);
}

const where = (m: NuMessage) => `${m.url ? relative(root, new URL(m.url).pathname) : dir}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}`;
const errors = messages.filter((m) => m.type !== 'info');
const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
for (const m of [...errors, ...warnings]) console.log(`${where(m)}: ${m.type === 'info' ? 'warning' : 'error'}: ${m.message}`);
const pagesWithErrors = new Set(errors.map((m) => m.url)).size;
console.log(
  `Nu HTML Checker ${version}: ${pages} pages in ${relative(root, dir) || '.'}/, ${errors.length} errors on ${pagesWithErrors} pages, ${warnings.length} warnings.`,
);
process.exit(errors.length ? 1 : 0);
