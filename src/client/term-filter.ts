// <lexicon-term-filter> (components/TermFilter.astro): narrows an A–Å list as the reader types;
// without JavaScript the full list simply stays. Each shown term says which of its names
// matched when that is not its title; with nothing left, the reader is offered a full-text
// search for the same words.
import { filterMatch } from '../lib/search/filter.ts';
import { fill } from '../lib/i18n/strings.ts';

class LexiconTermFilter extends HTMLElement {
  constructor() {
    super();
    const box = this.querySelector<HTMLElement>('.filter-box')!;
    const input = box.querySelector('input')!;
    const output = box.querySelector('output')!;
    const empty = this.querySelector<HTMLElement>('.filter-empty')!;
    const searchLink = empty.querySelector<HTMLAnchorElement>('a[data-search-template]')!;
    const items = [...this.querySelectorAll<HTMLElement>('li[data-term]')].map((item) => {
      const matched = document.createElement('span');
      matched.className = 'filter-matched muted';
      item.querySelector('a')!.after(matched);
      return { item, names: item.dataset.term!.split(' | '), matched };
    });
    const sections = [...this.querySelectorAll<HTMLElement>('.letter-group')];
    const template = this.dataset.countTemplate!;
    const total = this.dataset.total!;

    input.addEventListener('input', () => {
      const query = input.value;
      let shown = 0;
      for (const { item, names, matched } of items) {
        const name = filterMatch(names, query);
        item.hidden = name === undefined;
        matched.textContent = name !== undefined && name !== names[0] ? ` – ${name}` : '';
        if (name !== undefined) shown++;
      }
      for (const section of sections) section.hidden = !section.querySelector('li[data-term]:not([hidden])');
      empty.hidden = shown > 0;
      if (!shown) {
        searchLink.textContent = fill(searchLink.dataset.searchTemplate!, { q: query.trim() });
        searchLink.href = `${searchLink.pathname}?q=${encodeURIComponent(query.trim())}`;
      }
      output.textContent = query.trim() ? fill(template, { n: shown, total }) : '';
    });
  }
}
customElements.define('lexicon-term-filter', LexiconTermFilter);
