// The knowledge base itself: the 50 concepts in every language, each article complete.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTION_HEADINGS, countWords, extractFaq, extractTakeaways, h2Titles } from '../../src/lib/articles/sections.ts';
import { checkContent, formatProblem, isBareDomain, termLinksIn } from '../../src/corpus/checks.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';

const CONCEPTS = {
  outsourcing: ['outsourcing', 'offshoring', 'nearshoring', 'onshoring', 'subcontracting', 'vendor', 'service-level-agreement', 'vendor-lock-in', 'core-competence', 'competitive-advantage', 'contract-manufacturing', 'it-outsourcing', 'managed-services', 'data-breach', 'data-processing-agreement', 'competitive-tendering', 'public-procurement', 'supply-chain', 'outsourcing-contract', 'transition-and-exit'],
  bpo: ['business-process-outsourcing', 'back-office', 'front-office', 'knowledge-process-outsourcing', 'it-enabled-services', 'shared-services', 'contact-centre', 'payroll', 'bookkeeping'],
  insourcing: ['insourcing', 'backsourcing', 'reshoring'],
  factoring: ['factoring', 'invoice', 'accounts-receivable', 'reverse-factoring', 'invoice-discounting', 'debt-collection', 'cash-flow'],
  'contractor-status': ['contractor-status', 'independent-contractor', 'employee', 'employer-contributions', 'worker-misclassification', 'self-employment', 'f-tax', 'freelancer', 'temporary-agency-work', 'ir35', 'corporate-tax'],
} as const;
const TOPIC_ARTICLES = ['outsourcing', 'business-process-outsourcing', 'insourcing', 'factoring', 'contractor-status'];
const ALL = Object.values(CONCEPTS).flat();

const report = checkContent(resolve(import.meta.dirname, '..', '..', 'content'));
const articles = report.articles;

describe('the corpus', () => {
  it('has no content errors or warnings', () => {
    expect([...report.errors, ...report.warnings].map((p) => formatProblem(p))).toEqual([]);
  });

  it('has all 50 concepts in every language', () => {
    expect(ALL).toHaveLength(50);
    for (const lang of LOCALES) {
      const ids = new Set(articles.filter((a) => a.lang === lang).map((a) => a.id));
      expect(ALL.filter((id) => !ids.has(id)), `missing in ${lang}`).toEqual([]);
    }
  });

  it('files each concept under its topic', () => {
    for (const [topic, ids] of Object.entries(CONCEPTS)) {
      for (const a of articles.filter((x) => (ids as readonly string[]).includes(x.id))) expect(a.data.topics, a.file).toContain(topic);
    }
  });

  describe.each(LOCALES)('%s', (lang) => {
    const inLang = articles.filter((a) => a.lang === lang);

    it('has one-sentence descriptions of at most 200 characters that end a sentence', () => {
      for (const a of inLang) {
        const d = a.data.description;
        expect(d.length, `${a.file}: ${d.length} characters`).toBeLessThanOrEqual(200);
        expect(d, a.file).toMatch(/[.!?]$/);
        expect(d.slice(0, -1), `${a.file}: one sentence`).not.toMatch(/[.!?]\s+\p{Lu}/u);
      }
    });

    it('has bodies of at least 250 words (600 for topic articles) in ## sections, with at least 3 term links', () => {
      for (const a of inLang) {
        const min = TOPIC_ARTICLES.includes(a.id) ? 600 : 250;
        expect(countWords(a.tree), a.file).toBeGreaterThanOrEqual(min);
        expect(h2Titles(a.tree).length, a.file).toBeGreaterThanOrEqual(2);
        expect(termLinksIn(a.tree).length, a.file).toBeGreaterThanOrEqual(3);
      }
    });

    it('gives topic articles key takeaways and an FAQ of 3 to 5 questions', () => {
      for (const a of inLang.filter((x) => TOPIC_ARTICLES.includes(x.id))) {
        expect(h2Titles(a.tree), a.file).toEqual(expect.arrayContaining([SECTION_HEADINGS.takeaways[lang], SECTION_HEADINGS.faq[lang]]));
        expect(extractTakeaways(a.tree, lang).length, a.file).toBeGreaterThanOrEqual(3);
        const faq = extractFaq(a.tree, lang);
        expect(faq.length, a.file).toBeGreaterThanOrEqual(3);
        expect(faq.length, a.file).toBeLessThanOrEqual(5);
        for (const q of faq) {
          expect(q.question, a.file).toMatch(/\?$/);
          expect(q.answer.length, `${a.file}: ${q.question}`).toBeGreaterThan(40);
        }
      }
    });

    it('gives every article key takeaways of 3 to 5 points, and at least 15 articles an FAQ of 3 to 5 questions', () => {
      for (const a of inLang) {
        const points = extractTakeaways(a.tree, lang).length;
        expect(points, a.file).toBeGreaterThanOrEqual(3);
        expect(points, a.file).toBeLessThanOrEqual(5);
      }
      const withFaq = inLang.filter((a) => extractFaq(a.tree, lang).length > 0);
      expect(withFaq.length).toBeGreaterThanOrEqual(15);
      for (const a of withFaq) {
        const faq = extractFaq(a.tree, lang);
        expect(faq.length, a.file).toBeGreaterThanOrEqual(3);
        expect(faq.length, a.file).toBeLessThanOrEqual(5);
        for (const q of faq) expect(q.question, a.file).toMatch(/\?$/);
      }
    });

    it('has facts checked against the authorities, sources that are not home pages, and no date in the future', () => {
      const endOfToday = new Date();
      endOfToday.setUTCHours(24, 0, 0, 0);
      for (const a of inLang) {
        expect(a.data.checked, `${a.file}: checked`).toBeInstanceOf(Date);
        for (const date of [a.data.updated, a.data.checked, ...a.data.figures.map((f) => f.checked)]) {
          expect(date!.getTime(), a.file).toBeLessThan(endOfToday.getTime());
        }
        for (const url of [...a.data.sources.map((s) => s.url), ...a.data.figures.map((f) => f.source)]) {
          expect(isBareDomain(url), `${a.file}: ${url} is a home page`).toBe(false);
        }
      }
    });

    it('has aliases, related terms, a date and sources with URLs', () => {
      for (const a of inLang) {
        expect(a.data.aliases.length, a.file).toBeGreaterThan(0);
        expect(a.data.related.length, a.file).toBeGreaterThan(0);
        expect(a.data.updated, a.file).toBeInstanceOf(Date);
        expect(a.data.sources.length, a.file).toBeGreaterThanOrEqual(1);
        for (const s of a.data.sources) expect(s.url, a.file).toMatch(/^https:\/\//);
      }
    });
  });
});
