import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../lib/i18n/strings.ts';
import { localeOfContentFile } from '../corpus/scan.ts';
import { textOf } from './rehype-heading-anchors.ts';

/**
 * Puts every table in a scroll box: a labelled `section.table-scroll` (a region: the label is
 * the table's caption, else the heading above it, else "Table n") with `tabindex="0"`, so a wide
 * table scrolls sideways on a phone, by keyboard too, and keeps its table semantics (a table
 * that scrolls itself must be `display: block`, which loses them in some screen readers).
 */
export function rehypeTableRegions({ contentDir }: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const lang = localeOfContentFile(contentDir, file.path) ?? 'en';
    let heading = '';
    let count = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (/^h[1-6]$/.test(node.tagName)) heading = textOf(node);
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count++;
      const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
      const name = caption ? textOf(caption) : heading;
      const label = name ? t(lang, 'tableLabel', { name }) : t(lang, 'tableNumbered', { n: count });
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], ariaLabel: label, tabIndex: 0 },
        children: [node],
      };
      return [SKIP, index + 1];
    });
  };
}

