import { describe, expect, it } from 'vitest';
import { apiTermDetailSchema, apiTermListSchema, apiTermSchema, toApiTerm, toApiTermDetail, toApiTermList } from '../../src/lib/formats/api.ts';
import { articleSchema } from '../../src/lib/articles/schema.ts';
import { cardText, cardTexts } from '../../src/lib/formats/card.ts';
import { Glossary, parseEntryId } from '../../src/lib/articles/glossary.ts';
import { escapeHtml, iframeSnippet, oembedSchema, toOembed } from '../../src/lib/formats/oembed.ts';
import { apiTermUrl, apiTermsUrl, embedUrl, oembedUrl } from '../../src/lib/urls/urls.ts';

const SITE = 'https://outsourcing-lexicon.org';
const term = (entry: string, data: Record<string, unknown>) => ({ ...parseEntryId(entry), data: articleSchema.parse(data) });
const glossary = new Glossary([
  term('sv/factoring', { title: 'Factoring', description: 'Att sälja fakturor.', aliases: ['fakturaköp'], topics: ['factoring'], updated: '2026-11-23' }),
  term('en/factoring', { title: 'Factoring', description: 'Selling invoices.' }),
  term('sv/arbetsgivaravgift', { title: 'Ärende', description: 'Ett ärende.' }),
  term('nb/3pl', { title: '3PL', description: 'Tredjepartslogistikk.' }),
]);

describe('API URLs', () => {
  it('are built in one place, versioned', () => {
    expect(apiTermsUrl('sv')).toBe('/api/v1/sv/terms.json');
    expect(apiTermUrl('en', 'ir35')).toBe('/api/v1/en/terms/ir35.json');
    expect(embedUrl('nb', 'vendor')).toBe('/embed/nb/vendor/');
    expect(oembedUrl('nb', 'vendor')).toBe('/oembed/nb/vendor.json');
  });
});

describe('toApiTerm', () => {
  it('shapes an article as the API promises: absolute URLs, letter, date, translations', () => {
    expect(toApiTerm(glossary.get('sv', 'factoring')!, glossary, SITE)).toEqual({
      id: 'factoring',
      lang: 'sv',
      title: 'Factoring',
      description: 'Att sälja fakturor.',
      aliases: ['fakturaköp'],
      url: 'https://outsourcing-lexicon.org/sv/factoring/',
      letter: 'F',
      topics: ['factoring'],
      updated: '2026-11-23',
      translations: { en: 'https://outsourcing-lexicon.org/en/factoring/' },
    });
  });
  it('files terms under the language’s own letters, digits under #, and gives null for no date', () => {
    expect(toApiTerm(glossary.get('sv', 'arbetsgivaravgift')!, glossary, SITE)).toMatchObject({ letter: 'Ä', updated: null, translations: {} });
    expect(toApiTerm(glossary.get('nb', '3pl')!, glossary, SITE).letter).toBe('#');
  });
  it('lists a language’s terms in its A–Ö order, and every output passes the schema', () => {
    const list = toApiTermList('sv', glossary, SITE);
    expect(list.terms.map((t) => t.title)).toEqual(['Factoring', 'Ärende']);
    expect(apiTermListSchema.parse(list)).toEqual(list);
    const detail = toApiTermDetail(glossary.get('en', 'factoring')!, glossary, SITE, 'A summary.');
    expect(apiTermDetailSchema.parse(detail)).toEqual(detail);
  });
});

describe('the API schema', () => {
  const valid = toApiTerm(glossary.get('sv', 'factoring')!, glossary, SITE);
  it('rejects what clients could not rely on', () => {
    for (const bad of [
      { ...valid, url: '/sv/factoring/' },
      { ...valid, url: 'javascript:alert(1)' },
      { ...valid, updated: '23.11.2026' },
      { ...valid, letter: 'ß' },
      { ...valid, topics: ['cooking'] },
      { ...valid, translations: { de: 'https://outsourcing-lexicon.org/de/factoring/' } },
      { ...valid, extra: true },
      { ...valid, id: 'Factoring' },
    ]) {
      expect(apiTermSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(apiTermDetailSchema.safeParse(valid).success).toBe(false);
  });
});

describe('oEmbed', () => {
  it('answers with a rich iframe of the card page', () => {
    const answer = toOembed(glossary.get('sv', 'factoring')!, SITE);
    expect(oembedSchema.parse(answer)).toEqual(answer);
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Outsourcinglexikon', provider_url: 'https://outsourcing-lexicon.org/sv/' });
    expect(answer.html).toContain('src="https://outsourcing-lexicon.org/embed/sv/factoring/"');
    expect(answer.html).toContain(`width="${answer.width}" height="${answer.height}"`);
  });
  it('escapes what goes into the snippet', () => {
    expect(escapeHtml(`"A" & <b>'s`)).toBe('&quot;A&quot; &amp; &lt;b&gt;&#39;s');
    const html = iframeSnippet({ src: 'https://x.org/embed/en/a/', title: 'x" onload="alert(1)' });
    expect(html).toContain('title="x&quot; onload=&quot;alert(1)"');
    expect(html).not.toContain('" onload="');
  });
});

describe('card words', () => {
  it('name the language in itself and say where the card is from', () => {
    expect(cardText('sv')).toMatchObject({ language: 'Svenska', source: 'Outsourcinglexikon', readMore: 'Läs mer', close: 'Stäng' });
    expect(Object.keys(cardTexts())).toEqual(['nb', 'sv', 'en']);
  });
});
