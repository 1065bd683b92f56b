import { describe, expect, it } from 'vitest';
import { groupByLetter, letterOf, sortByTerm } from '../../src/lib/i18n/alphabet.ts';
import { letterSlug } from '../../src/lib/i18n/transliterate.ts';
import { LOCALE_INFO } from '../../src/lib/i18n/locales.ts';

describe('alphabets', () => {
  it('end in each language’s own letters', () => {
    expect(LOCALE_INFO.nb.alphabet.slice(-4).join('')).toBe('ZÆØÅ');
    expect(LOCALE_INFO.sv.alphabet.slice(-4).join('')).toBe('ZÅÄÖ');
    expect(LOCALE_INFO.en.alphabet.slice(-1).join('')).toBe('Z');
    expect(LOCALE_INFO.en.alphabet).toHaveLength(26);
  });
});

describe('sortByTerm', () => {
  const words = ['Åpen', 'Ørn', 'Ærlig', 'Zebra', 'Ärende', 'Öre', 'apple', 'Über'];
  it('sorts Norwegian as Z Æ Ø Å, with Ä among Æ and Ö among Ø', () => {
    expect(sortByTerm(words, 'nb', (w) => w)).toEqual(['apple', 'Über', 'Zebra', 'Ärende', 'Ærlig', 'Öre', 'Ørn', 'Åpen']);
  });
  it('sorts Swedish as Z Å Ä Ö, with Æ among Ä and Ø among Ö', () => {
    expect(sortByTerm(words, 'sv', (w) => w)).toEqual(['apple', 'Über', 'Zebra', 'Åpen', 'Ärende', 'Ærlig', 'Öre', 'Ørn']);
  });
  it('is not code-point order', () => {
    expect(sortByTerm(['b', 'A', 'a', 'B'], 'en', (w) => w)).toEqual(['a', 'A', 'b', 'B']);
    expect(sortByTerm(['item 10', 'item 9'], 'en', (w) => w)).toEqual(['item 9', 'item 10']);
  });
});

describe('letterOf', () => {
  it('files the language’s own letters under themselves', () => {
    expect(letterOf('Ærlig', 'nb')).toBe('Æ');
    expect(letterOf('ørn', 'nb')).toBe('Ø');
    expect(letterOf('Åpen', 'nb')).toBe('Å');
    expect(letterOf('Åtal', 'sv')).toBe('Å');
    expect(letterOf('Ärende', 'sv')).toBe('Ä');
    expect(letterOf('Öre', 'sv')).toBe('Ö');
  });
  it('files Ä with Æ and Ö with Ø in Norwegian', () => {
    expect(letterOf('Ärende', 'nb')).toBe('Æ');
    expect(letterOf('Öre', 'nb')).toBe('Ø');
  });
  it('files Æ with Ä and Ø with Ö in Swedish', () => {
    expect(letterOf('Ærlig', 'sv')).toBe('Ä');
    expect(letterOf('Ørn', 'sv')).toBe('Ö');
  });
  it('files Über under U in English and under Y in Norwegian and Swedish', () => {
    expect(letterOf('Über', 'en')).toBe('U');
    expect(letterOf('Über', 'nb')).toBe('Y');
    expect(letterOf('Über', 'sv')).toBe('Y');
  });
  it('files accented letters under their base letter', () => {
    expect(letterOf('École', 'en')).toBe('E');
    expect(letterOf('éclair', 'nb')).toBe('E');
  });
  it('files letters English lacks under the nearest letter before them', () => {
    expect(letterOf('Æther', 'en')).toBe('A');
    expect(letterOf('Øresund', 'en')).toBe('O');
    expect(letterOf('Åland', 'en')).toBe('A');
  });
  it('puts digits and symbols under #', () => {
    expect(letterOf('3PL', 'nb')).toBe('#');
    expect(letterOf('1099-NEC', 'en')).toBe('#');
    expect(letterOf('§ 1-8', 'nb')).toBe('#');
    expect(letterOf('"Quoted"', 'sv')).toBe('#');
    expect(letterOf('', 'sv')).toBe('#');
  });
  it('is case-insensitive and ignores leading spaces', () => {
    expect(letterOf('  vendor', 'en')).toBe('V');
  });
});

describe('letterSlug', () => {
  it('gives ASCII slugs', () => {
    expect(letterSlug('A')).toBe('a');
    expect(['Æ', 'Ø', 'Å', 'Ä', 'Ö', '#'].map(letterSlug)).toEqual(['ae', 'oe', 'aa', 'ae', 'oe', '0-9']);
  });
});

describe('groupByLetter', () => {
  const terms = ['Zebra', 'Ärende', 'Öre', 'Åpen', '3PL', 'apple', 'Über'];
  it('lists # first, then every letter of the alphabet in order, empty ones included', () => {
    const groups = groupByLetter(terms, 'nb', (t) => t);
    expect(groups.map((g) => g.letter)).toEqual(['#', ...LOCALE_INFO.nb.alphabet]);
    expect(groups.find((g) => g.letter === 'B')!.items).toEqual([]);
  });
  it('puts each term under its letter, in collation order within the letter', () => {
    const nb = Object.fromEntries(groupByLetter(terms, 'nb', (t) => t).map((g) => [g.letter, g.items]));
    expect(nb).toMatchObject({ '#': ['3PL'], A: ['apple'], Y: ['Über'], Z: ['Zebra'], Æ: ['Ärende'], Ø: ['Öre'], Å: ['Åpen'] });
    const en = Object.fromEntries(groupByLetter(terms, 'en', (t) => t).map((g) => [g.letter, g.items]));
    expect(en).toMatchObject({ A: ['Åpen', 'apple', 'Ärende'], O: ['Öre'], U: ['Über'] });
  });
});
