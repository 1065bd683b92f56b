// Authors' mistakes: each gives a message naming the file (and field or line); the ones that
// must stop the build do, and a failed build leaves the previous site exactly as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/corpus/checks.ts';
import { pathEnv, projectPaths } from '../../src/paths.ts';
import { readBuildReport } from '../../src/integration/build-report.ts';
import { t } from '../../src/lib/i18n/strings.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'minimal');
const work = mkdtempSync(join(tmpdir(), 'lexicon-authoring-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A copy of the minimal valid corpus with one mistake made in it. */
function corpus(mistake: (dir: string) => void): string {
  const dir = join(work, `content-${++n}`);
  cpSync(FIXTURE, dir, { recursive: true });
  mistake(dir);
  return dir;
}
const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

/** The real `npm run build` on a content folder, into its own dist. */
function build(content: string, dist = join(work, `dist-${n}`)) {
  const env = pathEnv({ contentDir: content, outDir: dist, cacheDir: join(work, `cache-${n}`) });
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  const { stagingDir, cacheDir } = projectPaths(env);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist, staging: stagingDir, report: () => readBuildReport(cacheDir) };
}

function check(content: string) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--no-types'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...pathEnv({ contentDir: content }) } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const problems = (dir: string) => {
  const r = checkContent(dir);
  return [...r.errors, ...r.warnings].map((p) => formatProblem(p));
};

describe('mistakes that stop the build (✗), each named by file and field or line', () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    ['frontmatter without title', (d) => edit(d, 'en/vendor.mdx', (t) => t.replace(/^title: .*\n/m, '')), /content\/en\/vendor\.mdx:\d+: title: title is required/],
    ['frontmatter without description', (d) => edit(d, 'sv/vendor.mdx', (t) => t.replace(/^description: .*\n/m, '')), /content\/sv\/vendor\.mdx:\d+: description: description is required/],
    ['a field of the wrong type', (d) => edit(d, 'nb/vendor.mdx', (t) => t.replace(/^aliases: .*$/m, 'aliases: 42')), /content\/nb\/vendor\.mdx:4: aliases: /],
    ['an unknown topic', (d) => edit(d, 'en/vendor.mdx', (t) => t.replace('topics: [outsourcing]', 'topics: [cooking]')), /content\/en\/vendor\.mdx:5: topics\.0: unknown topic "cooking"/],
    ['updated that is not a date', (d) => edit(d, 'en/vendor.mdx', (t) => t.replace(/^updated: .*$/m, 'updated: last tuesday')), /content\/en\/vendor\.mdx:7: updated: updated must be a date/],
    ['a jurisdiction note for a country we do not cover', (d) => edit(d, 'en/vendor.mdx', (t) => t.replace('topics: [outsourcing]', 'topics: [outsourcing]\njurisdictions:\n  - { country: DK, note: "Denmark." }')), /content\/en\/vendor\.mdx:\d+: jurisdictions\.0\.country: unknown country "DK"; use one of: NO, SE, US, GB/],
    ['a file outside the language folders', (d) => writeFileSync(join(d, 'stray.mdx'), '---\ntitle: X\ndescription: Y.\n---\n'), /content\/stray\.mdx:1: articles belong directly in a language folder/],
    ['a language folder we do not serve', (d) => (mkdirSync(join(d, 'de')), cpSync(join(d, 'en', 'vendor.mdx'), join(d, 'de', 'vendor.mdx'))), /content\/de\/vendor\.mdx:1: "de" is not a language we serve/],
    ['the same concept twice in one language', (d) => cpSync(join(d, 'nb', 'vendor.mdx'), join(d, 'nb', 'vendor.md')), /content\/nb\/vendor\.mdx?:1: concept "vendor" already exists in nb/],
    ['a concept id that is not kebab-case', (d) => cpSync(join(d, 'sv', 'vendor.mdx'), join(d, 'sv', 'Vendor_Lock.mdx')), /content\/sv\/Vendor_Lock\.mdx:1: concept id "Vendor_Lock" must be lower-case ASCII kebab-case/],
    ['a concept id that collides with a site path', (d) => cpSync(join(d, 'en', 'vendor.mdx'), join(d, 'en', 'search.mdx')), /content\/en\/search\.mdx:1: concept id "search" collides with the site path \/search\//],
    ['MDX that does not parse', (d) => edit(d, 'en/vendor.mdx', (t) => `${t}\nA broken <Term id="factoring">tag\n`), /en\/vendor\.mdx:2[0-9]:\d+/],
    ['an empty file', (d) => writeFileSync(join(d, 'nb', 'factoring.md'), ''), /content\/nb\/factoring\.md:1: the file is empty/],
    ['a file that is not UTF-8', (d) => writeFileSync(join(d, 'sv', 'factoring.md'), Buffer.from('---\ntitle: Fakturabel\xe5ning\ndescription: x.\n---\n', 'latin1')), /content\/sv\/factoring\.md:1: the file is not UTF-8/],
  ];

  it.each(cases)('%s', (_, mistake, message) => {
    const dir = corpus(mistake);
    const result = build(dir);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output.replaceAll(relative(ROOT, dir), 'content').replaceAll(dir, 'content')).toMatch(message);
    expect(result.output).toMatch(/Build failed .*there is no .* yet\./);
    // npm run check names the same problem, as file:line: message.
    const checked = check(dir);
    expect(checked.status).not.toBe(0);
    expect(checked.output).toMatch(/content-\d+\/\S+:\d+(:\d+)?: /);
  });
});

describe('mistakes the build survives and npm run check refuses', () => {
  it('a term link or related id to a concept missing in that language', () => {
    const dir = corpus((d) => {
      edit(d, 'sv/vendor.mdx', (t) => t.replace('related: [factoring]', 'related: [factoring, nowhere]') + '\nSe även [underleverantör](/subcontracting).\n');
    });
    expect(problems(dir)).toEqual(
      expect.arrayContaining([
        'content/sv/vendor.mdx:6: related: "nowhere" does not exist in sv',
        expect.stringMatching(/^content\/sv\/vendor\.mdx:20: term link to "subcontracting", which does not exist in sv/),
      ]),
    );
    const result = build(dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output.replaceAll(relative(ROOT, dir), 'content')).toMatch(/content\/sv\/vendor\.mdx:20:\d+: term link to "subcontracting", which does not exist in sv \(shown as missing-term text\)/);
    const html = readFileSync(join(result.dist, 'sv', 'vendor', 'index.html'), 'utf8');
    expect(html).toMatch(/<span class="term-missing"[^>]*data-missing-term="subcontracting"[^>]*>underleverantör<\/span>/);
    expect(check(dir).status).not.toBe(0);
  });

  it('a link to a heading that does not exist', () => {
    const dir = corpus((d) => edit(d, 'en/factoring.md', (t) => t.replace('(/vendor)', '(/vendor#no-such-heading)')));
    expect(problems(dir)).toEqual([expect.stringMatching(/^content\/en\/factoring\.md:9: link to en\/vendor#no-such-heading: that article has no heading with this id \(has: section, key-takeaways\)/)]);
  });

  it('an alias used by two concepts, and an alias equal to another concept’s title', () => {
    const dir = corpus((d) => {
      edit(d, 'en/factoring.md', (t) => t.replace('keywords:', 'aliases: [supplier-en, Vendor]\nkeywords:'));
    });
    expect(problems(dir)).toEqual(
      expect.arrayContaining([
        'content/en/factoring.md:4: alias "vendor" is the title of en/vendor.mdx; remove it or rename one of them',
        'content/en/vendor.mdx:4: alias "supplier-en" is used by en/factoring.md and en/vendor.mdx; an alias must lead to one concept',
      ]),
    );
  });

  it('translations that disagree on topics', () => {
    const dir = corpus((d) => edit(d, 'nb/vendor.mdx', (t) => t.replace('topics: [outsourcing]', 'topics: [bpo]')));
    expect(problems(dir)).toContain('content/nb/vendor.mdx:5: the translations of "vendor" disagree on topics (en: outsourcing; nb: bpo; sv: outsourcing)');
    expect(check(dir).output).toMatch(/content-\d+\/nb\/vendor\.mdx:5: the translations of "vendor" disagree on topics/);
  });

  it('an article without key takeaways, a source that is a home page, and a date in the future', () => {
    const dir = corpus((d) => {
      edit(d, 'en/vendor.mdx', (t) => t.replace(/## Key takeaways[\s\S]*$/, ''));
      edit(d, 'sv/vendor.mdx', (t) => t.replace('updated: 2026-11-01', 'updated: 2999-01-01\nsources:\n  - { title: Skatteverket, url: "https://www.skatteverket.se/" }'));
    });
    expect(problems(dir)).toEqual(
      expect.arrayContaining([
        'content/en/vendor.mdx:1: key takeaways: "## Key takeaways" with 3–5 points is required (found 0)',
        'content/sv/vendor.mdx:7: updated: 2999-01-01 is in the future',
        'content/sv/vendor.mdx:8: sources: https://www.skatteverket.se/ is a home page; cite the page that says it',
      ]),
    );
  });

  it('the valid fixture has no problems at all', () => {
    expect(problems(corpus(() => {}))).toEqual([]);
  });
});

describe('a second build', () => {
  it('renders again only the articles that changed, and still names every missing term link', () => {
    const dir = corpus((d) => edit(d, 'sv/vendor.mdx', (t) => `${t}\nSe även [underleverantör](/subcontracting).\n`));
    edit(dir, 'en/factoring.md', (t) => t.replace('keywords:', [
      'checked: 2026-12-01',
      'jurisdictions:',
      '  - { country: GB, note: "In the UK the buyer must be told." }',
      'figures:',
      '  - { label: "Threshold", value: "£1,000", year: 2026, country: GB, source: "https://www.gov.uk/guidance/example-threshold", checked: 2026-12-01 }',
      'keywords:',
    ].join('\n')));
    const warning = /sv\/vendor\.mdx:20:\d+: term link to "subcontracting", which does not exist in sv/;
    const first = build(dir);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(warning);
    // Jurisdiction notes and dated figures: labelled asides on the page, and in the API.
    const $ = load(readFileSync(join(first.dist, 'en', 'factoring', 'index.html'), 'utf8'));
    expect($('aside#facts-countries [id="facts-gb"] dt').text()).toBe('United Kingdom');
    expect($('aside#facts-countries [id="facts-gb"] dd').text()).toBe('In the UK the buyer must be told.');
    expect($('aside#facts-figures').attr('aria-labelledby')).toBe('facts-figures-heading');
    expect($('aside#facts-figures tbody tr').first().children().map((_, c) => $(c).text()).get()).toEqual(['Threshold', '£1,000', '2026', 'United Kingdom', 'gov.uk, 1 December 2026']);
    expect($('article').text()).toContain('Facts checked: 1 December 2026');
    const api = JSON.parse(readFileSync(join(first.dist, 'api', 'v1', 'en', 'terms', 'factoring.json'), 'utf8'));
    expect(api).toMatchObject({ checked: '2026-12-01', jurisdictions: [{ country: 'GB', note: 'In the UK the buyer must be told.' }], figures: [{ value: '£1,000', year: 2026, checked: '2026-12-01' }] });

    edit(dir, 'en/factoring.md', (t) => `${t}\nA sentence added later.\n`);
    const second = build(dir);
    expect(second.status, second.output).toBe(0);
    expect(second.report().sync).toEqual({ markdown: { rendered: 1, kept: 5 }, mdx: 0 });
    expect(second.output).toMatch(warning);
    expect(readFileSync(join(second.dist, 'en', 'factoring', 'index.html'), 'utf8')).toContain('A sentence added later.');

    // A new concept changes where term links go: every article is rendered again.
    cpSync(join(dir, 'sv', 'factoring.md'), join(dir, 'sv', 'subcontracting.md'));
    const third = build(dir);
    expect(third.status, third.output).toBe(0);
    expect(third.report().sync).toEqual({ markdown: { rendered: 7, kept: 0 }, mdx: 0 });
    expect(third.output).not.toMatch(warning);
    expect(readFileSync(join(third.dist, 'sv', 'vendor', 'index.html'), 'utf8')).toMatch(/<a href="\/sv\/subcontracting\/"[^>]*>underleverantör<\/a>/);
  });
});

/**
 * The fixture corpus with an MDX article (`<Term>`, an expression, a component defined in the
 * file, a link to an unwritten concept) and a Markdown one: built once, for the next two groups.
 */
let fixtureBuild: ReturnType<typeof build> | undefined;
function fixtureSite() {
  fixtureBuild ??= build(corpus((d) => cpSync(MDX_FIXTURE, d, { recursive: true })));
  expect(fixtureBuild.status, fixtureBuild.output).toBe(0);
  return fixtureBuild;
}
const MDX_FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'mdx');

describe('MDX and Markdown articles, built', () => {
  it('renders an MDX article: term links, expressions and components', () => {
    const $ = load(readFileSync(join(fixtureSite().dist, 'en', 'escrow', 'index.html'), 'utf8'));
    const body = $('[data-pagefind-body]');
    expect(body.find('a.term-link[href="/en/vendor/"]').text()).toBe('vendor');
    expect(body.text()).toContain('is paid from escrow after 3 milestones.');
    expect(body.find('strong.fixture-note').text()).toBe('Held by a third party.');
  });

  it('reports what it built: MDX modules and Markdown renders, files per route', () => {
    const report = fixtureSite().report();
    expect(report.sync).toEqual({ markdown: { rendered: 7, kept: 0 }, mdx: 1 });
    expect(report.routes['/[lang]/[concept]']).toBe(8);
    expect(report.termFiles).toBe(16);
    expect(report.searchIndex.pages).toBeGreaterThanOrEqual(8);
    expect(report.hooks['astro:build:done']).toBeGreaterThan(report.hooks['astro:config:done']!);
  });

  it('renders a Markdown article: term links resolve in its language', () => {
    const $ = load(readFileSync(join(fixtureSite().dist, 'en', 'milestone', 'index.html'), 'utf8'));
    expect($('[data-pagefind-body] a.term-link[href="/en/escrow/"]').text()).toBe('escrow');
    expect($('[data-pagefind-body] h2#section').length).toBe(1);
  });

  it('shows a link to an unwritten concept as marked text, in MDX and Markdown, and names it in the build output', () => {
    const { dist, output } = fixtureSite();
    const missing = [
      ['escrow', 'retainer-fee', 'a concept not written yet'],
      ['milestone', 'acceptance-test', 'acceptance testing'],
    ];
    for (const [page, id, text] of missing) {
      const $ = load(readFileSync(join(dist, 'en', page!, 'index.html'), 'utf8'));
      const span = $(`[data-missing-term="${id}"]`);
      expect(span.length, page).toBe(1);
      expect(span.prop('tagName'), page).toBe('SPAN');
      expect(span.attr('title'), page).toBe(t('en', 'missingTerm'));
      expect(span.text(), page).toBe(text);
      expect($(`a[href="/en/${id}/"]`).length, page).toBe(0);
    }
    expect(output).toMatch(/en\/escrow\.mdx:15:\d+: term link to "retainer-fee", which does not exist in en/);
    expect(output).toMatch(/en\/milestone\.md:9:\d+: term link to "acceptance-test", which does not exist in en/);
  });

  it('gives an MDX article its API summary', () => {
    const api = JSON.parse(readFileSync(join(fixtureSite().dist, 'api', 'v1', 'en', 'terms', 'escrow.json'), 'utf8'));
    expect(api.summary).toBe('A vendor is paid from escrow after milestones. Held by a third party. Until then it is a concept not written yet.');
  });
});

describe('the last good site survives a failed build', () => {
  it('leaves the previous dist/ exactly as it was, and says so', () => {
    const good = fixtureSite();
    const snapshot = () =>
      readdirSync(good.dist, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((f) => `${f}:${statSync(join(good.dist, f)).mtimeMs}`);
    const before = snapshot();
    expect(before.length).toBeGreaterThan(20);
    const bad = build(corpus((d) => edit(d, 'en/vendor.mdx', (t) => t.replace(/^title: .*\n/m, ''))), good.dist);
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain(`the previous ${good.dist} is unchanged`);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(bad.staging).filter((f) => f.startsWith('dist-'))).toEqual([]);
  });
});
