import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { localeOfContentFile } from '../corpus/scan.ts';
import type { Locale } from '../lib/i18n/locales.ts';

/** The language of the article a Markdown plugin is working on, from its file's folder; none outside the content folder. */
export function articleLocale(contentDir: string, document: PluginFactoryContext): Locale | undefined {
  return document.fileURL ? localeOfContentFile(contentDir, fileURLToPath(document.fileURL)) : undefined;
}
