// Search, loaded on first use: Pagefind's JS API with our own small, accessible UI.
// The page's language is searched first; with no hit there, the other languages are, and
// titles and aliases close to a misspelt query are suggested.
import { excerptSegments } from '../lib/search/excerpt.ts';
import { searchText as t } from '../lib/search/strings.ts';
import { LOCALE_INFO, LOCALES, isLocale, type Locale } from '../lib/i18n/locales.ts';
import { nameMatch, rerankByName } from '../lib/search/rank.ts';
import { suggestTerms, type SuggestEntry, type Suggestion } from '../lib/search/suggest.ts';
import { articleUrl, indexUrl, searchUrl } from '../lib/urls/urls.ts';

interface SubResult { url: string; title: string; excerpt: string }
interface ResultData { url: string; excerpt: string; meta: Record<string, string>; sub_results: SubResult[] }
interface SearchResponse { results: { id: string; data: () => Promise<ResultData> }[] }
interface PagefindApi {
  options(options: object): Promise<void>;
  search(query: string, options?: object): Promise<SearchResponse>;
  mergeIndex(url: string, options?: object): Promise<void>;
  createInstance(options?: object): PagefindApi;
}

document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/assets/search.css' }));

const lang: Locale = isLocale(document.documentElement.lang) ? document.documentElement.lang : 'en';
const PAGEFIND = '/pagefind/pagefind.js';
const RANKING = { ranking: { metaWeights: { title: 6, aliases: 5, description: 2 } } };
// Search on the main thread: our index is small and a query takes a few milliseconds, while
// the worker script alone would add 12 KB (gzip) to the first search.
const START = { ...RANKING, noWorker: true };
/**
 * Results shown at first, their data loaded and reranked by name; more come on request.
 * Each result's data is a fetch of ~2.5 KB, so this keeps a first search near 120 KB.
 */
const PAGE_SIZE = 5;

let pagefind: Promise<PagefindApi> | undefined;
let otherLanguages: Promise<PagefindApi> | undefined;
let suggestions: Promise<SuggestEntry[]> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (pf: PagefindApi) => {
    await pf.options(START);
    return pf;
  });
  return pagefind;
}

/** A second instance holding the other languages' indexes, made only when needed. */
function loadOtherLanguages(): Promise<PagefindApi> {
  otherLanguages ??= loadPagefind().then(async (pf) => {
    const instance = pf.createInstance(START);
    // An absolute URL: Pagefind skips merging a bundle under its own relative path.
    const bundle = new URL('/pagefind/', location.href).href;
    for (const other of LOCALES.filter((l) => l !== lang)) await instance.mergeIndex(bundle, { language: other });
    return instance;
  });
  return otherLanguages;
}

function loadSuggestions(): Promise<SuggestEntry[]> {
  suggestions ??= fetch(`${searchUrl(lang)}suggest.json`).then((r) => (r.ok ? r.json() : []), () => []);
  return suggestions;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function excerpt(html: string): HTMLElement {
  const p = el('p', { className: 'search-excerpt' });
  for (const { text, mark } of excerptSegments(html)) p.append(mark ? el('mark', {}, text) : text);
  return p;
}

/** Results from the merged other-language index come with absolute URLs. */
function sameOriginPath(url: string): string {
  const parsed = new URL(url, location.href);
  return parsed.origin === location.origin ? parsed.pathname + parsed.hash : url;
}

function langOfUrl(url: string): Locale {
  const first = new URL(url, location.href).pathname.split('/')[1];
  return isLocale(first) ? first : lang;
}

function resultItem(data: ResultData): HTMLLIElement {
  const resultLang = langOfUrl(data.url);
  const link = el('a', { href: data.url, className: 'search-result-title' }, data.meta.title ?? data.url);
  link.dataset.resultLink = '';
  const item = el('li', { className: 'search-result' }, link);
  if (resultLang !== lang) {
    item.lang = LOCALE_INFO[resultLang].tag;
    link.append(' ', el('span', { className: 'search-result-lang' }, `(${LOCALE_INFO[resultLang].name})`));
  }
  if (data.meta.description) item.append(el('p', { className: 'search-result-definition' }, data.meta.description));
  item.append(excerpt(data.excerpt));
  const subs = data.sub_results.filter((sub) => sub.url.includes('#') && sub.url !== data.url).slice(0, 3);
  if (subs.length) {
    const list = el('ul', { className: 'search-sub-results' });
    for (const sub of subs) {
      // A heading's title as Pagefind reads it ends with our "#" section link.
      const subLink = el('a', { href: sameOriginPath(sub.url) }, sub.title.replace(/\s*#$/, ''));
      subLink.dataset.resultLink = '';
      list.append(el('li', {}, subLink, excerpt(sub.excerpt)));
    }
    item.append(list);
  }
  return item;
}

/** One search field with its results: the header's popup, or the search page's results. */
class SearchBox {
  readonly status: HTMLElement;
  readonly list: HTMLElement;
  readonly panel: HTMLElement;
  #sequence = 0;
  /** Results beyond those shown, for "show more". */
  #rest: SearchResponse['results'] = [];

  constructor(readonly input: HTMLInputElement, readonly inline: boolean) {
    // The search page has its results region in its HTML (no layout shift); the popup is made here.
    const region = inline ? document.querySelector<HTMLElement>('[data-search-results]') : null;
    this.status = region?.querySelector<HTMLElement>('[role=status]') ?? el('p', { className: 'search-status' });
    this.list = region?.querySelector<HTMLElement>('ol') ?? el('ol', { className: 'search-results-list' });
    this.status.setAttribute('role', 'status');
    this.panel = region ?? el('div', { className: inline ? 'search-results search-results-inline' : 'search-results search-popup' }, this.status, this.list);
    this.panel.id ||= inline ? 'search-results' : 'search-results-popup';
    this.panel.hidden = !inline;
    if (!region) (inline ? input.form!.parentElement! : input.form!).append(this.panel);
    input.setAttribute('aria-controls', this.panel.id);
    input.addEventListener('input', () => this.search(input.value));
    input.addEventListener('keydown', (event) => this.onKey(event));
    this.panel.addEventListener('keydown', (event) => this.onKey(event));
    if (!inline) {
      input.form!.addEventListener('focusout', (event) => {
        if (!input.form!.contains(event.relatedTarget as Node | null)) this.close();
      });
      input.addEventListener('focus', () => {
        if (this.list.childElementCount) this.panel.hidden = false;
      });
    }
  }

  close() {
    if (!this.inline) this.panel.hidden = true;
  }

  links(): HTMLAnchorElement[] {
    return [...this.panel.querySelectorAll<HTMLAnchorElement>('[data-result-link]')];
  }

  onKey(event: KeyboardEvent) {
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!links.length) return;
      event.preventDefault();
      this.panel.hidden = false;
      const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
      if (next < 0) this.input.focus();
      else links[next]!.focus();
    } else if (event.key === 'Escape') {
      if (at >= 0 || !this.panel.hidden) {
        event.preventDefault();
        this.input.focus();
        this.close();
      }
    }
  }

  async search(raw: string) {
    const query = raw.trim();
    const sequence = ++this.#sequence;
    if (this.inline) history.replaceState(null, '', query ? searchUrl(lang, query) : searchUrl(lang));
    if (!query) {
      this.list.replaceChildren();
      this.status.textContent = '';
      this.close();
      return;
    }
    try {
      const pf = await loadPagefind();
      const response = await pf.search(query);
      if (sequence !== this.#sequence) return;
      const total = response.results.length;
      this.#rest = response.results.slice(PAGE_SIZE);
      let shown = rerankByName(query, await Promise.all(response.results.slice(0, PAGE_SIZE).map((r) => r.data()))).slice(0, PAGE_SIZE);
      // Pagefind has no typo tolerance: a misspelt word matches shorter prefixes of itself,
      // so suggest by edit distance whenever no result is named by the query.
      const named = shown.some((d) => nameMatch(query, d) < 4);
      let suggested = total < 3 || !named ? suggestTerms(query, await loadSuggestions()) : [];
      const inResults = shown.findIndex((d) => suggested.some((s) => d.url.endsWith(`/${lang}/${s.id}/`)));
      if (inResults > 0 && !named) shown = [shown[inResults]!, ...shown.filter((_, i) => i !== inResults)];
      let crossLanguage = false;
      if (!total) {
        const other = await (await loadOtherLanguages()).search(query);
        shown = (await Promise.all(other.results.slice(0, PAGE_SIZE).map((r) => r.data())))
          .map((data) => ({ ...data, url: sameOriginPath(data.url) }))
          .filter((data) => langOfUrl(data.url) !== lang);
        shown = rerankByName(query, shown).slice(0, PAGE_SIZE);
        crossLanguage = shown.length > 0;
        this.#rest = [];
      }
      if (sequence !== this.#sequence) return;
      suggested = suggested.filter((s) => !shown.some((d) => d.url.endsWith(`/${lang}/${s.id}/`)));
      this.render(query, shown, total, crossLanguage, suggested);
    } catch (error) {
      if (sequence !== this.#sequence) return;
      this.status.textContent = t(lang, 'searchFailed');
      console.error(error);
    }
  }

  /** "Show more results": the next page of results, the first of them focused. */
  moreButton(): HTMLLIElement {
    const button = el('button', { type: 'button', className: 'search-more-button' }, t(lang, 'searchMore'));
    button.dataset.resultLink = '';
    const item = el('li', { className: 'search-more' }, button);
    button.addEventListener('click', async () => {
      const next = this.#rest.slice(0, PAGE_SIZE);
      this.#rest = this.#rest.slice(PAGE_SIZE);
      const added = (await Promise.all(next.map((r) => r.data()))).map(resultItem);
      item.before(...added);
      if (!this.#rest.length) item.remove();
      added[0]?.querySelector('a')?.focus();
    });
    return item;
  }

  render(query: string, shown: ResultData[], total: number, crossLanguage: boolean, suggested: Suggestion[]) {
    const items: HTMLElement[] = [];
    if (suggested.length) {
      const links = suggested.map((s) => {
        const a = el('a', { href: articleUrl(lang, s.id) }, s.title);
        a.dataset.resultLink = '';
        return a;
      });
      const line = el('li', { className: 'search-suggestions' }, `${t(lang, 'searchDidYouMean')}: `);
      links.forEach((a, i) => line.append(...(i ? [', ', a] : [a])));
      line.append('?');
      items.push(line);
    }
    if (crossLanguage) items.push(el('li', { className: 'search-other-languages' }, t(lang, 'searchOtherLanguages')));
    else if (!shown.length && !suggested.length) items.push(el('li', { className: 'search-nothing' }, el('a', { href: indexUrl(lang) }, t(lang, 'searchTryIndex'))));
    items.push(...shown.map(resultItem));
    if (this.#rest.length) items.push(this.moreButton());
    this.list.replaceChildren(...items);
    const count = total;
    this.status.textContent =
      count === 0 ? t(lang, 'searchNoResults', { q: query }) : count === 1 ? t(lang, 'searchOneResult', { q: query }) : t(lang, 'searchResults', { n: count, q: query });
    this.panel.hidden = false;
  }
}

const boxes = new Map<HTMLInputElement, SearchBox>();
function boxFor(input: HTMLInputElement): SearchBox {
  let box = boxes.get(input);
  if (!box) {
    box = new SearchBox(input, input.hasAttribute('data-search-main'));
    boxes.set(input, box);
  }
  return box;
}

for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) {
  const box = boxFor(input);
  // The field that brought search in may already hold text.
  if (input.value.trim() && document.activeElement === input) box.search(input.value);
}
document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');

const main = document.querySelector<HTMLInputElement>('[data-search-main]');
if (main) {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  if (query) {
    main.value = query;
    boxFor(main).search(query);
  }
}
loadPagefind();
