// The only script on every page: a few hundred bytes that load search on first use
// (focus in a search field, `/` from anywhere, or a search page opened with ?q=).
let loaded: Promise<unknown> | undefined;
const SEARCH_UI = '/assets/search.js';
const load = () => (loaded ??= import(/* @vite-ignore */ SEARCH_UI));
const field = () => document.querySelector<HTMLInputElement>('[data-search-main]') ?? document.querySelector<HTMLInputElement>('[data-search-input]');

addEventListener('focusin', (event) => {
  if ((event.target as Element).matches?.('[data-search-input]')) load();
});
addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  event.preventDefault();
  field()?.focus();
});
if (document.querySelector('[data-search-page]')) load();
