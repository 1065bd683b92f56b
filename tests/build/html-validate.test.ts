// Every page template is valid HTML (html-validate's recommended rules).
import { HtmlValidate, type Report } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist.ts';

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
  rules: {
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
});
