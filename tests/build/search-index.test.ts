// The name index and the Pagefind page map, as built: every concept with every language's names,
// the reader's own article where it exists, small enough that focusing search costs little.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import type { NameIndex } from '../../src/lib/search/name-index.ts';
import { CONTENT, DIST } from '../helpers/dist.ts';

const frontmatter = (lang: string, id: string) => readFileSync(join(CONTENT, lang, readdirSync(join(CONTENT, lang)).find((f) => f.replace(/\.mdx?$/, '') === id)!), 'utf8');
const indexOf = (lang: string): NameIndex => JSON.parse(readFileSync(join(DIST, lang, 'search', 'names.json'), 'utf8'));

describe('the name index (/{lang}/search/names.json)', () => {
  it('holds every concept, with the reader’s own article and every language’s title and aliases', () => {
    for (const lang of LOCALES) {
      const index = indexOf(lang);
      expect(index).toMatchObject({ version: 1, lang });
      const ids = readdirSync(join(CONTENT, lang)).map((f) => f.replace(/\.mdx?$/, ''));
      for (const id of ids) {
        const concept = index.concepts.find((c) => c.id === id)!;
        expect(concept, id).toBeDefined();
        expect(concept.lang).toBe(lang);
        const title = /^title: (.*)$/m.exec(frontmatter(lang, id))![1]!.replace(/^"|"$/g, '');
        expect(concept.title).toBe(title);
        expect(concept.names[lang]![0]).toBe(title);
        for (const other of LOCALES) expect(concept.names[other]?.length ?? 0, `${id} ${other}`).toBeGreaterThan(0);
      }
    }
  });
  it('stays small: at most 15 kB as served (Brotli) at this size', () => {
    for (const lang of LOCALES) expect(statSync(join(DIST, lang, 'search', 'names.json.br')).size).toBeLessThanOrEqual(15_000);
  });
});

describe('the Pagefind page map (/{lang}/search/pages.json)', () => {
  it('names the article of every page in each language’s index', () => {
    for (const lang of LOCALES) {
      const pages: Record<string, string> = JSON.parse(readFileSync(join(DIST, lang, 'search', 'pages.json'), 'utf8'));
      const fragments = readdirSync(join(DIST, 'pagefind', 'fragment')).filter((f) => f.startsWith(`${lang}_`));
      expect(Object.keys(pages).length).toBe(fragments.length);
      for (const id of Object.values(pages)) expect(statSync(join(DIST, lang, id, 'index.html')).isFile()).toBe(true);
    }
  });
});

describe('the Pagefind index (/pagefind/)', () => {
  it('holds every page marked for search (articles, deprecated terms), and no other page', () => {
    const marked = LOCALES.flatMap((lang) =>
      readdirSync(join(DIST, lang))
        .filter((dir) => statSync(join(DIST, lang, dir, 'index.html'), { throwIfNoEntry: false })?.isFile())
        .filter((dir) => readFileSync(join(DIST, lang, dir, 'index.html'), 'utf8').includes('data-pagefind-body'))
        .map((dir) => `/${lang}/${dir}/`),
    );
    const indexed = readdirSync(join(DIST, 'pagefind', 'fragment')).map((file) => {
      const text = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', file))).toString('utf8');
      return (JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string }).url;
    });
    expect(marked.length).toBeGreaterThanOrEqual(150);
    expect(indexed.sort()).toEqual(marked.sort());
  });
});
