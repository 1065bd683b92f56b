/**
 * An ASCII URL slug for a name: lower case, Nordic letters spelt out (æ → ae, ø → o, å → a,
 * ä → a, ö → o), other accents dropped, anything else between words turned into one hyphen.
 * @example slugify('Utsetting av tjenester') // 'utsetting-av-tjenester'
 * @example slugify('Leverantörsinlåsning') // 'leverantorsinlasning'
 * @example slugify('F-skattsedel') // 'f-skattsedel'
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
