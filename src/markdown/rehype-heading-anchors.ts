import type { Element, Root } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { VFile } from 'vfile';
import { t } from '../lib/i18n/strings.ts';
import { localeOfContentFile } from '../corpus/scan.ts';

/**
 * A visible, keyboard-reachable "#" link after every `##`/`###` heading, labelled in the
 * article's language (rehype-autolink-headings does the work; this only picks the label).
 * The link sits beside the heading, in a `div.heading` with it, not inside it: inside, its
 * label became part of the heading's name ("HovedformerLenke til avsnittet: Hovedformer").
 * `data-copied` is what the copy handler announces (src/lib/inline-handlers.ts).
 * Needs heading ids first: Astro's rehypeHeadingIds runs before it.
 */
export function rehypeHeadingAnchors({ contentDir }: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const lang = localeOfContentFile(contentDir, file.path) ?? 'en';
    const label = t(lang, 'sectionLink');
    const transform = rehypeAutolinkHeadings({
      behavior: 'after',
      test: ['h2', 'h3'],
      group: (heading: Element) => ({ type: 'element', tagName: 'div', properties: { className: ['heading', `heading-${heading.tagName}`] }, children: [] }),
      properties: (heading: Element) => ({
        className: ['heading-anchor'],
        ariaLabel: `${label}: ${textOf(heading)}`,
        dataPagefindIgnore: '',
        dataCopied: t(lang, 'copiedSectionLink', { section: textOf(heading) }),
      }),
      content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    });
    return transform(tree);
  };
}

/** The text of an element, as a heading's or caption's name reads. */
export function textOf(node: Element | Root): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('').trim();
}
