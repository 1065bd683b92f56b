import { describe, expect, it } from 'vitest';
import { letterSpellings, nearestLetters } from '../../src/lib/i18n/alphabet.ts';
import { correctionUrl } from '../../src/lib/urls/corrections.ts';
import { termCount } from '../../src/lib/i18n/strings.ts';
import { languageOrder } from '../../src/lib/i18n/language-choice.ts';

describe('correctionUrl', () => {
  it('appends the source path to the base, and gives no link without a base', () => {
    expect(correctionUrl('https://github.com/org/lexicon/edit/main/', 'content/nb/factoring.md')).toBe('https://github.com/org/lexicon/edit/main/content/nb/factoring.md');
    expect(correctionUrl('https://github.com/org/lexicon/edit/main', './content/sv/f-skatt.mdx')).toBe('https://github.com/org/lexicon/edit/main/content/sv/f-skatt.mdx');
    expect(correctionUrl('https://example.org/src/', 'content/nb/å b.md')).toBe('https://example.org/src/content/nb/%C3%A5%20b.md');
    expect(correctionUrl('', 'content/nb/factoring.md')).toBeUndefined();
    expect(correctionUrl('https://example.org/', undefined)).toBeUndefined();
  });
});

describe('languageOrder (short links and embed.js)', () => {
  it('reads Norwegian and Danish as Bokmål, Swedish as Swedish, anything else as English', () => {
    expect(languageOrder(['da-DK'])[0]).toBe('nb');
    expect(languageOrder(['nn'])[0]).toBe('nb');
    expect(languageOrder(['no'])[0]).toBe('nb');
    expect(languageOrder(['sv-FI'])[0]).toBe('sv');
    expect(languageOrder(['de-DE'])[0]).toBe('en');
    expect(languageOrder(['fi-FI'])[0]).toBe('en');
    expect(languageOrder([])).toEqual(['en', 'nb', 'sv']);
    expect(languageOrder(['constructor'])[0]).toBe('en');
  });
});

describe('A–Å helpers', () => {
  it('counts terms in the right number', () => {
    expect(termCount('nb', 1)).toBe('1 begrep');
    expect(termCount('nb', 2)).toBe('2 begreper');
    expect(termCount('en', 1)).toBe('1 term');
    expect(termCount('en', 0)).toBe('0 terms');
    expect(termCount('sv', 1)).toBe('1 begrepp');
  });
  it('finds the nearest letters with terms around an empty one', () => {
    const groups = ['A', 'B', 'C', 'D'].map((letter, i) => ({ letter, slug: letter.toLowerCase(), items: i === 1 || i === 2 ? [] : [letter] }));
    expect(nearestLetters(groups, 'b').map((g) => g.letter)).toEqual(['A', 'D']);
    expect(nearestLetters(groups, 'a').map((g) => g.letter)).toEqual(['D']);
  });
  it('lists the lower-case letters whose page has another slug', () => {
    expect(letterSpellings('nb')).toEqual([{ spelling: 'æ', slug: 'ae' }, { spelling: 'ø', slug: 'oe' }, { spelling: 'å', slug: 'aa' }]);
    expect(letterSpellings('sv').map((s) => s.spelling)).toEqual(['å', 'ä', 'ö']);
    expect(letterSpellings('en')).toEqual([]);
  });
});
