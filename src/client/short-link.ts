// <lexicon-short-link> (pages/[...concept].astro): sends a short-link visitor on to the concept
// in their language, by the rule embed.js also follows (languageOrder in src/lib/i18n/language-choice.ts).
import { pickLanguage } from '../lib/i18n/language-choice.ts';
import type { Locale } from '../lib/i18n/locales.ts';

class LexiconShortLink extends HTMLElement {
  constructor() {
    super();
    const targets = JSON.parse(this.dataset.targets!) as Partial<Record<Locale, string>>;
    const lang = pickLanguage(Object.keys(targets) as Locale[], navigator.languages ?? [navigator.language]);
    if (lang) location.replace(targets[lang]! + location.search + location.hash);
  }
}
customElements.define('lexicon-short-link', LexiconShortLink);
