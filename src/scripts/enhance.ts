// The only script on every page, a few hundred bytes: it loads search on first use (focus in
// a search field, `/` from anywhere, or a search page opened with ?q=) and makes copy
// buttons and heading "#" links copy their text or URL. Nothing else runs until then.
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

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.hidden = false;
addEventListener('click', (event) => {
  const target = (event.target as Element).closest?.<HTMLElement>('[data-copy], .heading-anchor');
  if (!target) return;
  const text = target.matches('[data-copy]')
    ? document.querySelector<HTMLInputElement>(`#${target.dataset.copy}`)!.value
    : new URL(target.getAttribute('href')!, location.href).href;
  navigator.clipboard?.writeText(text).then(() => {
    if (target.dataset.copied) target.textContent = target.dataset.copied;
  }, () => {});
});
