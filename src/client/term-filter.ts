// Narrows an A–Å list as the reader types; without JavaScript the full list simply stays.
import { matchesFilter } from '../lib/search/filter.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-term-filter]')) {
  const box = root.querySelector<HTMLElement>('.filter-box')!;
  const input = box.querySelector('input')!;
  const output = box.querySelector('output')!;
  const empty = root.querySelector<HTMLElement>('.filter-empty')!;
  const items = [...root.querySelectorAll<HTMLElement>('li[data-term]')];
  const sections = [...root.querySelectorAll<HTMLElement>('.letter-group')];
  const template = root.dataset.countTemplate!;
  const total = root.dataset.total!;
  box.hidden = false;

  input.addEventListener('input', () => {
    const query = input.value;
    let shown = 0;
    for (const item of items) {
      const visible = matchesFilter(item.dataset.term!, query);
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const section of sections) section.hidden = !section.querySelector('li[data-term]:not([hidden])');
    empty.hidden = shown > 0;
    output.textContent = query.trim() ? template.replace('{n}', String(shown)).replace('{total}', total) : '';
  });
}
