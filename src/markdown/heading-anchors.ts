import Slugger from 'github-slugger';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { t } from '../lib/i18n/strings.ts';
import { articleLocale } from './article-locale.ts';

/**
 * Every heading gets its id (GitHub's slugs, as Astro makes them, which then lists the headings
 * with these ids), and every `##`/`###` heading a visible, keyboard-reachable "#" link after it,
 * labelled in the article's language. The link sits beside the heading, in a `div.heading` with
 * it, not inside it: inside, its label became part of the heading's name ("HovedformerLenke til
 * avsnittet: Hovedformer"). `data-copied` is what the copy handler announces
 * (src/client/inline-handlers.ts).
 */
export function headingAnchors({ contentDir }: { contentDir: string }) {
  return (document: PluginFactoryContext): HastPluginDefinition => {
    const lang = articleLocale(contentDir, document) ?? 'en';
    const slugger = new Slugger();
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(heading, context) {
          const text = context.textContent(heading);
          const id = typeof heading.properties?.id === 'string' ? heading.properties.id : slugger.slug(text);
          context.setProperty(heading, 'id', id);
          if (heading.tagName !== 'h2' && heading.tagName !== 'h3') return;
          const name = text.trim();
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
