// Sends a short-link visitor on to the concept in their preferred language.
import { pickLanguage } from '../lib/i18n/language-choice.ts';
import type { Locale } from '../lib/i18n/locales.ts';

const root = document.querySelector<HTMLElement>('[data-short-link]');
if (root) {
  const targets = JSON.parse(root.dataset.targets!) as Partial<Record<Locale, string>>;
  const lang = pickLanguage(Object.keys(targets) as Locale[], navigator.languages ?? [navigator.language]);
  if (lang) location.replace(targets[lang]! + location.search + location.hash);
}
