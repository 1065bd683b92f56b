/**
 * How text is folded to match or to make URLs: every rule that spells Nordic letters another way
 * lives here, each named for what it is for. They differ on purpose:
 * - foldNordic / urlSlug: ø → o, å → a, æ → ae (how people type without the marks, and what our
 *   alias URLs have always used);
 * - letterSlug: Ø → oe, Å → aa, for the A–Å letter pages, whose URLs (/nb/a-z/oe/) are public;
 * - filterFold: keeps å æ ø ä ö, which are letters of their own ("kjoper" must not match "kjøper").
 */

/** Nordic capitals as the slug of their letter page. */
const LETTER_SLUGS: Record<string, string> = { Æ: 'ae', Ø: 'oe', Å: 'aa', Ä: 'ae', Ö: 'oe' };

/**
 * Nordic letters written as people type them without the marks (lower-case text): ø ö → o,
 * å ä → a, æ → ae.
 * @example foldNordic('leverandør') // 'leverandor'
 * @example foldNordic('kärnkompetens') // 'karnkompetens'
 */
export function foldNordic(text: string): string {
  return text.replace(/[øö]/g, 'o').replace(/[åä]/g, 'a').replace(/æ/g, 'ae');
}

/**
 * An ASCII URL slug for a name: lower case, Nordic letters as typed without marks, other
 * accents dropped, anything else between words turned into one hyphen.
 * @example urlSlug('Utsetting av tjenester') // 'utsetting-av-tjenester'
 * @example urlSlug('Leverantörsinlåsning') // 'leverantorsinlasning'
 * @example urlSlug('F-skattsedel') // 'f-skattsedel'
 */
export function urlSlug(name: string): string {
  return foldNordic(name.toLowerCase())
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A URL-safe, stable slug for an A–Å letter, so per-letter pages and anchors are plain ASCII.
 * `#` (digits and symbols) is `0-9`.
 * @example letterSlug('A') // 'a'
 * @example letterSlug('Ø') // 'oe'
 * @example letterSlug('#') // '0-9'
 */
export function letterSlug(letter: string): string {
  if (letter === '#') return '0-9';
  return LETTER_SLUGS[letter] ?? letter.toLowerCase();
}

/**
 * Folds case and accents for as-you-type matching, but keeps the letters that are letters
 * of their own in Nordic alphabets (å, æ, ø, ä, ö): "kjoper" should not match "kjøper".
 * @example filterFold('Leverandør') // 'leverandør'
 * @example filterFold('Café') // 'cafe'
 */
export function filterFold(text: string): string {
  return text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/([aou])\u030a|([ao])\u0308/g, (m) => m.normalize('NFC'))
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC');
}
