import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { t } from '../lib/i18n/strings.ts';
import { articleLocale } from './article-locale.ts';

/**
 * Every `##`/`###` heading gets a visible, keyboard-reachable "#" link to its id (set by Astro's
 * heading-id plugin, which runs first: src/markdown/pipeline.ts), labelled in the article's
 * language. The link sits beside the heading, in a `div.heading` with it, not inside it: inside,
 * its label became part of the heading's name ("HovedformerLenke til avsnittet: Hovedformer").
 * `data-copied` is what the copy handler announces (src/client/inline-handlers.ts).
 */
export function headingAnchors({ contentDir }: { contentDir: string }) {
  return (document: PluginFactoryContext): HastPluginDefinition => {
    const lang = articleLocale(contentDir, document) ?? 'en';
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h2', 'h3'],
        visit(heading, context) {
          const id = String(heading.properties?.id);
          const name = context.textContent(heading).trim();
          const anchor = {
            type: 'element' as const,
            tagName: 'a',
            properties: { className: ['heading-anchor'], ariaLabel: `${t(lang, 'sectionLink')}: ${name}`, dataPagefindIgnore: '', dataCopied: t(lang, 'copiedSectionLink', { section: name }), href: `#${id}` },
            children: [{ type: 'element' as const, tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text' as const, value: '#' }] }],
          };
          context.wrapNode(heading, { type: 'element', tagName: 'div', properties: { className: ['heading', `heading-${heading.tagName}`] }, children: [anchor] });
        },
      },
    };
  };
}
