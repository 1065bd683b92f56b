// The termbase: the rules of `terms`, and the exports read back with real parsers. The fixture
// tests/fixtures/termbase has admitted and deprecated terms with notes, types and grammar, an
// equivalence note, a concept missing in one language, and text that needs escaping (quotes,
// commas, "<", "&"); the real corpus is checked for structure.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/corpus/parse.ts';
import { checkContent, formatProblem } from '../../src/corpus/checks.ts';
import { Glossary } from '../../src/lib/articles/glossary.ts';
import { parseHeadersFile } from '../../src/lib/formats/headers-file.ts';
import { responseHeaders } from '../../src/integration/response-headers.ts';
import { conceptsOf } from '../../src/lib/termbase/concepts.ts';
import { exportDocument } from '../../src/lib/termbase/exports.ts';
import { EXPORTS } from '../../src/lib/termbase/formats.ts';
import { designationsOf, termsByStatus } from '../../src/lib/termbase/terms.ts';
import { xmlId } from '../../src/lib/termbase/tbx.ts';
import { conceptIdProblem } from '../../src/lib/urls/concept-id.ts';
import { EXPORT_FORMATS, exportUrl } from '../../src/lib/urls/urls.ts';
import { CSV_COLUMNS, claimsOfArticles, csvClaims, jsonLdTriples, readCsv, readTbx, readTurtle, skosClaims, turtleTriples } from '../helpers/termbase.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'termbase');
const SITE = 'https://outsourcing-lexicon.org';
const work = mkdtempSync(join(tmpdir(), 'lexicon-termbase-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function load(dir: string) {
  const report = checkContent(dir);
  const glossary = new Glossary(report.articles);
  const concepts = conceptsOf(glossary, SITE);
  const files = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, exportDocument(f, concepts, SITE)])) as Record<(typeof EXPORT_FORMATS)[number], string>;
  return { report, concepts, files, truth: claimsOfArticles(report.articles) };
}

const fixture = load(FIXTURE);

describe('terms in the frontmatter', () => {
  const source = readFileSync(join(FIXTURE, 'nb', 'factoring.md'), 'utf8');
  const termsLine = source.split('\n').findIndex((l) => l.startsWith('terms:')) + 1;
  const problemsOf = (text: string) => parseArticleFile('nb/factoring.md', text).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

  it('the fixture follows the rules', () => {
    expect([...fixture.report.errors, ...fixture.report.warnings].map((p) => formatProblem(p))).toEqual([]);
  });
  it('an article without terms has its title as its one preferred term', () => {
    expect(designationsOf({ title: 'Vendor', terms: [] })).toEqual([{ term: 'Vendor', status: 'preferred' }]);
    expect(termsByStatus({ title: 'Vendor', terms: [] })).toMatchObject({ preferred: { term: 'Vendor' }, admitted: [], deprecated: [] });
  });
  it('needs exactly one preferred term, and it is the title (case aside), naming file, line and field', () => {
    expect(problemsOf(source.replace('{ term: factoring, status: preferred', '{ term: factoring, status: admitted'))).toEqual([
      `nb/factoring.md:${termsLine}: terms: no preferred term; the title is the preferred term, so add { term: "Factoring", status: preferred }`,
    ]);
    expect(problemsOf(source.replace('{ term: fakturakjøp, status: admitted', '{ term: fakturakjøp, status: preferred'))[0]).toMatch(new RegExp(`^nb/factoring.md:${termsLine}: terms\\.1\\.status: a second preferred term \\("fakturakjøp"\\)`));
    expect(problemsOf(source.replace('{ term: factoring, status: preferred', '{ term: fakturering, status: preferred'))[0]).toBe(
      `nb/factoring.md:${termsLine}: terms.0.term: the preferred term "fakturering" is not the title "Factoring"; the title is the preferred term (change one of them, or make this term admitted)`,
    );
  });
  it('a deprecated term needs a note; no term twice', () => {
    const noNote = source.replace(/, note: "Misvisende[^"]*"/, '');
    expect(problemsOf(noNote)).toEqual([`nb/factoring.md:${termsLine}: terms.2.note: the deprecated term "fakturabelåning" needs a note saying why, and who advises against it (a language council or an authority)`]);
    expect(problemsOf(source.replace('{ term: fakturakjøp,', '{ term: Factoring,'))).toEqual([`nb/factoring.md:${termsLine}: terms.1.term: "Factoring" is listed twice (also terms.0); list each term once`]);
  });
  it('a term may not designate two concepts in one language, and a gender must be the language’s', () => {
    const dir = join(work, 'shared-term');
    cpSync(FIXTURE, dir, { recursive: true });
    const vendor = join(dir, 'nb', 'vendor.mdx');
    writeFileSync(vendor, readFileSync(vendor, 'utf8').replace('{ term: tjenesteyter, status: admitted }', '{ term: Fakturakjøp, status: admitted, gender: common }'));
    const problems = checkContent(dir).warnings.map((p) => formatProblem(p));
    const line = readFileSync(vendor, 'utf8').split('\n').findIndex((l) => l.startsWith('terms:')) + 1;
    expect(problems).toContain(`content/nb/vendor.mdx:${line}: terms: "Fakturakjøp" has gender common, which nb does not have (use masculine, feminine, neuter)`);
    expect(problems).toContain(`content/nb/vendor.mdx:${line}: terms: "fakturakjøp" is a term of nb/factoring.md and nb/vendor.mdx; a term designates one concept per language`);
    expect(problems.filter((p) => p.includes('is a term of'))).toHaveLength(2);
  });
  it('reserves concepts, export and downloads: no concept may take those ids', () => {
    for (const id of ['concepts', 'export', 'downloads']) expect(conceptIdProblem(id)).toMatch(/collides with the site path/);
  });
});

describe('TBX-Basic export', () => {
  const tbx = readTbx(fixture.files.tbx);
  it('parses as XML and follows the TBX-Basic (DCA) structure rules', () => {
    expect(tbx.problems).toEqual([]);
    expect(tbx.header).toContain('Outsourcing Lexicon');
    expect(tbx.header).toMatch(/Version: 2026-12-01/);
  });
  it('agrees with the articles: same concepts, terms with status, definitions', () => {
    expect(tbx.claims).toEqual(fixture.truth);
  });
  it('escapes what XML must escape, and carries types, grammar, notes and subject fields', () => {
    expect(fixture.files.tbx).toContain('&lt;not&gt; a loan &amp; not a debt sale.');
    expect(fixture.files.tbx).toMatch(/<term>invoice factoring<\/term>\s*<termNote type="termType">fullForm<\/termNote>/);
    // Swedish common gender has no TBX-Basic value of its own.
    expect(fixture.files.tbx).toMatch(/<term>fakturaförsäljning<\/term>\s*<termNote type="grammaticalGender">other<\/termNote>/);
    expect(fixture.files.tbx).toContain('<descrip type="subjectField">Factoring</descrip>');
    expect(fixture.files.tbx).toMatch(/<langSec xml:lang="en">[\s\S]*<note>In the US, factoring of receivables/);
  });
  it('gives a concept id that is not an XML name a prefix', () => {
    expect(xmlId('3pl')).toBe('c-3pl');
    expect(xmlId('ir35')).toBe('ir35');
  });
});

describe('SKOS export', () => {
  const quads = readTurtle(fixture.files.ttl);
  const skos = skosClaims(quads);
  it('parses as Turtle, with one prefLabel and one definition per language per concept', () => {
    expect(skos.problems).toEqual([]);
    expect(skos.schemes).toEqual([`${SITE}/concepts/`]);
    expect(skos.licences).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    expect(fixture.files.ttl.split('\n')[0]).toMatch(/^# .*CC BY 4\.0/);
  });
  it('agrees with the articles: admitted terms are altLabels, deprecated ones hiddenLabels', () => {
    expect(skos.claims).toEqual(fixture.truth);
  });
  it('relates concepts and dates them', () => {
    const about = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
    expect(about(`${SITE}/concepts/factoring/`, 'http://www.w3.org/2004/02/skos/core#related')).toEqual([`${SITE}/concepts/vendor/`]);
    expect(about(`${SITE}/concepts/factoring/`, 'http://purl.org/dc/terms/modified')).toEqual(['2026-12-01']);
  });
  it('says the same in JSON-LD as in Turtle', () => {
    expect(jsonLdTriples(JSON.parse(fixture.files.jsonld))).toEqual(turtleTriples(quads));
  });
});

describe('CSV export', () => {
  const { header, rows } = readCsv(fixture.files.csv);
  it('parses as CSV with a header, one row per term, UTF-8 with a BOM and CRLF', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(Object.values(fixture.truth).flatMap((c) => Object.values(c)).flatMap((l) => l!.terms).length);
    expect(fixture.files.csv.startsWith('\uFEFF')).toBe(true);
    expect(fixture.files.csv.split('\r\n')).toHaveLength(rows.length + 2);
    for (const row of rows) expect(row.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  });
  it('agrees with the articles, quotes and commas included', () => {
    expect(csvClaims(rows)).toEqual(fixture.truth);
    expect(rows.find((r) => r.term === 'debt factoring')).toMatchObject({ language: 'en', status: 'admitted', note: expect.stringContaining('<not> a loan & not'), url: `${SITE}/en/factoring/` });
  });
});

describe('the exports of the real corpus', () => {
  const corpus = load(resolve(ROOT, 'content'));
  it('have every concept, valid TBX-Basic, one prefLabel per language per concept, and agree with the articles', () => {
    expect(corpus.concepts.length).toBeGreaterThanOrEqual(50);
    const tbx = readTbx(corpus.files.tbx);
    expect(tbx.problems).toEqual([]);
    expect(tbx.claims).toEqual(corpus.truth);
    const skos = skosClaims(readTurtle(corpus.files.ttl));
    expect(skos.problems).toEqual([]);
    expect(skos.claims).toEqual(corpus.truth);
    expect(csvClaims(readCsv(corpus.files.csv).rows)).toEqual(corpus.truth);
    expect(jsonLdTriples(JSON.parse(corpus.files.jsonld))).toEqual(turtleTriples(readTurtle(corpus.files.ttl)));
  });
});

describe('serving the exports', () => {
  it('the built _headers gives each export the media type its endpoint does', async () => {
    const rules = parseHeadersFile(await responseHeaders());
    for (const format of EXPORT_FORMATS) {
      const rule = rules.find((r) => r.pattern === exportUrl(format));
      expect(rule?.headers, format).toContainEqual(['Content-Type', EXPORTS[format].mediaType]);
    }
  });
});
