/**
 * Where a "Suggest a correction" link leads: the article's source file under a base URL
 * (a repository's edit or blob address), like Starlight's `editLink`; no link without a base.
 * @example correctionUrl('https://github.com/org/lexicon/edit/main/', 'content/nb/factoring.md') // 'https://github.com/org/lexicon/edit/main/content/nb/factoring.md'
 * @example correctionUrl('', 'content/nb/factoring.md') // undefined
 */
export function correctionUrl(base: string, sourcePath: string | undefined): string | undefined {
  if (!base || !sourcePath) return undefined;
  const path = sourcePath.replace(/\\/g, '/').replace(/^\.?\//, '');
  return `${base.endsWith('/') ? base : `${base}/`}${path.split('/').map(encodeURIComponent).join('/')}`;
}
