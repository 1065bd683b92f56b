// Every page template is valid HTML (html-validate's recommended rules, and two rules of ours
// for what the W3C Nu checker in CI finds and html-validate does not).
import { HtmlValidate, type Report } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFiles, page } from '../helpers/dist.ts';
import { lexiconHtmlRules, VALID_REFRESH } from '../helpers/html-rules.ts';

/** One built page of every template. */
const TEMPLATES = [
  '/index.html',
  '/nb/index.html',
  '/sv/a-z/index.html',
  '/en/a-z/f/index.html',
  '/sv/topics/factoring/index.html',
  '/en/outsourcing/index.html',
  '/nb/contractor-status/index.html',
  '/sv/search/index.html',
  '/sv/embed/index.html',
  '/outsourcing/index.html',
  '/nb/utkontraktering/index.html',
  '/status/index.html',
  '/embed/sv/factoring/index.html',
  '/404.html',
];

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  plugins: [lexiconHtmlRules],
  rules: {
    'lexicon/meta-refresh-syntax': 'error',
    'lexicon/nothing-after-html': 'error',
    // Astro writes void elements without a closing slash, as HTML5 does.
    'void-style': 'off',
    // Text like "A–Å" and "«…»" is content, not markup.
    'no-raw-characters': 'off',
  },
});

const messages = (report: Report) =>
  report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message} [${m.selector ?? ''}]`));

describe('html-validate', () => {
  it.each(TEMPLATES)('%s has no errors', async (path) => {
    expect(messages(await validator.validateString(page(path)))).toEqual([]);
  });

  it('every built page: nothing after </html>, and any meta refresh as HTML defines it', () => {
    const pages = distFiles();
    expect(pages.length).toBeGreaterThan(1000);
    const bad = pages.flatMap((path) => {
      const html = page(path);
      const refresh = /<meta http-equiv="refresh" content="([^"]*)"/i.exec(html)?.[1];
      return [
        ...(/<\/html>\s*\S/i.test(html) ? [`${path}: markup after </html>`] : []),
        ...(refresh !== undefined && !VALID_REFRESH.test(refresh) ? [`${path}: meta refresh "${refresh}"`] : []),
      ];
    });
    expect(bad).toEqual([]);
  });

  it('catches what the Nu checker rejects: a meta refresh without the space, an element after </html>', async () => {
    const doc = (head: string, after = '') =>
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body><p>x</p></body></html>${after}`;
    expect(messages(await validator.validateString(doc('<meta http-equiv="refresh" content="0; url=/en/">')))).toEqual([]);
    expect(messages(await validator.validateString(doc('<meta http-equiv="refresh" content="0;url=/en/">')))).toEqual([
      expect.stringMatching(/^lexicon\/meta-refresh-syntax .*write "0; url=…"/),
    ]);
    expect(messages(await validator.validateString(doc('', '<script type="module" src="/a.js"></script>')))).toEqual([
      expect.stringMatching(/^lexicon\/nothing-after-html .*Stray <script> after <\/html>/),
    ]);
  });
});
