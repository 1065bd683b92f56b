import type { Element, Root } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { VFile } from 'vfile';
import { t } from '../lib/i18n/strings.ts';
import { localeOfContentFile } from '../corpus/scan.ts';

/**
 * A visible, keyboard-reachable "#" link after every `##`/`###` heading, labelled in the
 * article's language (rehype-autolink-headings does the work; this only picks the label).
 * Needs heading ids first: Astro's rehypeHeadingIds runs before it.
 */
export function rehypeHeadingAnchors({ contentDir }: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const label = t(localeOfContentFile(contentDir, file.path) ?? 'en', 'sectionLink');
    const transform = rehypeAutolinkHeadings({
      behavior: 'append',
      test: ['h2', 'h3'],
      properties: (heading: Element) => ({
        className: ['heading-anchor'],
        ariaLabel: `${label}: ${textOf(heading)}`,
        dataPagefindIgnore: '',
      }),
      content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    });
    return transform(tree);
  };
}

function textOf(node: Element | Root): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('').trim();
}
