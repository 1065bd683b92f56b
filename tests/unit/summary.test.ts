import { describe, expect, it } from 'vitest';
import { beforeSecondH2, summarize, trimToSentences } from '../../src/lib/articles/summary.ts';

describe('summarize', () => {
  it('takes the prose up to the second H2, without Markdown', () => {
    const body = [
      'An **opening** line with a [link](/vendor) and `code`.',
      '## What it is',
      'The *first* section,\nover two lines.',
      '- a list item.',
      '## Second section',
      'Not in the summary.',
    ].join('\n\n');
    expect(summarize(body, 'en')).toBe('An opening line with a link and code. The first section, over two lines. a list item.');
  });
  it('leaves out headings, tables, code blocks and raw HTML', () => {
    const body = '## Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode();\n```\n\nText with <abbr>HTML</abbr> tags.\n\n### Sub\n\nMore.';
    expect(summarize(body, 'en', { mdx: false })).toBe('Text with HTML tags. More.');
  });
  it('reads MDX as the site does: <Term> text stays, expressions and imports go', () => {
    const body = "import X from './x.js';\n\n## Om\n\nEtt <Term id=\"vendor\">leverantörsavtal</Term> är {1 + 1} viktigt.\n\n<Term id=\"invoice\">Fakturor</Term> också.";
    expect(summarize(body, 'sv')).toBe('Ett leverantörsavtal är viktigt. Fakturor också.');
  });
  it('is empty for an article without prose', () => {
    expect(summarize('## Only a heading', 'nb')).toBe('');
  });
});

describe('trimToSentences', () => {
  it('keeps whole sentences within the limit', () => {
    expect(trimToSentences('One. Two three. Four five six.', 'en', 16)).toBe('One. Two three.');
    expect(trimToSentences('Kort.', 'nb', 300)).toBe('Kort.');
    expect(trimToSentences('Det kostar ca. 5 kr. Det är billigt. Köp nu!', 'sv', 40)).toMatch(/\.$/);
  });
  it('cuts a first sentence that is too long at a word, with an ellipsis', () => {
    const out = trimToSentences('This sentence goes on and on, well past any sensible limit.', 'en', 30);
    expect(out).toBe('This sentence goes on and on…');
    expect(out.length).toBeLessThanOrEqual(30);
  });
});

describe('beforeSecondH2', () => {
  it('cuts the source before the second H2, not inside code', () => {
    expect(beforeSecondH2('Intro.\n\n## A\n\nx\n\n## B\n\ny')).toBe('Intro.\n\n## A\n\nx\n\n');
    expect(beforeSecondH2('## A\n\n```md\n## not a heading\n```\n\n### C\n\n## B\n')).toBe('## A\n\n```md\n## not a heading\n```\n\n### C\n\n');
    expect(beforeSecondH2('## Only one\n\ntext')).toBe('## Only one\n\ntext');
  });
  it('still summarises MDX whose elements span an H2', () => {
    expect(summarize('## A\n\nFirst.\n\n<Aside>\n\n## Inside\n\nAside text.\n\n</Aside>\n\n## B\n\nNo.', 'en')).toBe('First.');
  });
});
