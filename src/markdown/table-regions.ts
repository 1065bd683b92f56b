import type { Element } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { t } from '../lib/i18n/strings.ts';
import { articleLocale } from './article-locale.ts';

/**
 * Puts every table in a scroll box: a labelled `section.table-scroll` (a region: the label is
 * the table's caption, else the heading above it, else "Table n") with `tabindex="0"`, so a wide
 * table scrolls sideways on a phone, by keyboard too, and keeps its table semantics (a table
 * that scrolls itself must be `display: block`, which loses them in some screen readers).
 */
export function tableRegions({ contentDir }: { contentDir: string }) {
  return (document: PluginFactoryContext): HastPluginDefinition => {
    const lang = articleLocale(contentDir, document) ?? 'en';
    let heading = '';
    let count = 0;
    return {
      name: 'table-regions',
      element: {
        // In document order, so a table's label is the last heading before it.
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table'],
        visit(node, context) {
          if (node.tagName !== 'table') return void (heading = context.textContent(node).trim());
          count++;
          const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
          const name = caption ? context.textContent(caption).trim() : heading;
          const label = name ? t(lang, 'tableLabel', { name }) : t(lang, 'tableNumbered', { n: count });
          context.wrapNode(node, { type: 'element', tagName: 'section', properties: { className: ['table-scroll'], ariaLabel: label, tabIndex: 0 }, children: [] });
        },
      },
    };
  };
}
