import { LOCALES } from '../lib/locales.ts';

/** `getStaticPaths` for pages that exist once per language. */
export function localePaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}
