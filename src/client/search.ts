// <lexicon-search> (layouts/BaseLayout.astro's header, pages/[lang]/search/index.astro): a search
// field and its results. This module is loaded when a reader approaches or focuses a search
// field (an inline handler's import()), and on the search page itself; defining the element
// then upgrades the markup already in the page. Two engines, one list:
// - the name index (/{lang}/search/names.json): every concept's names in nb, sv and en.
//   It answers as the reader types, from the first keystroke, before Pagefind has loaded;
// - Pagefind's full-text index of the page's language, asked only once the reader pauses
//   (prefixes do not each fetch index chunks), its hits appended below the name hits.
// A full-text hit is painted from the name index (title, definition) through the map of
// Pagefind's page ids (/{lang}/search/pages.json), so the popup loads no Pagefind fragments;
// the search page loads fragments only for the excerpts it shows.
import { excerptSegments } from '../lib/search/excerpt.ts';
import css from './search.css?raw';
import { filterFold } from '../lib/i18n/transliterate.ts';
import { languageName, searchText as t } from '../lib/search/strings.ts';
import { LOCALE_INFO, isLocale, type Locale } from '../lib/i18n/locales.ts';
import { findNames, prepareNames, type NameHit, type NameIndex, type NameIndexConcept, type NameMatcher } from '../lib/search/name-index.ts';
import { articleUrl, indexUrl, nameIndexUrl, pagefindPagesUrl, searchUrl } from '../lib/urls/urls.ts';

interface SubResult { url: string; title: string; excerpt: string }
interface ResultData { url: string; excerpt: string; meta: Record<string, string>; sub_results: SubResult[] }
interface PagefindResult { id: string; score: number; data: () => Promise<ResultData> }
interface PagefindApi {
  options(options: object): Promise<void>;
  search(query: string, options?: object): Promise<{ results: PagefindResult[] }>;
}

// The styles travel inside this script: no second request, and they apply before anything is drawn.
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const lang: Locale = isLocale(document.documentElement.lang) ? document.documentElement.lang : 'en';
const PAGEFIND = '/pagefind/pagefind.js';
// Search on the main thread: a query takes a few milliseconds, the worker script would add 12 kB.
const PAGEFIND_OPTIONS = { ranking: { metaWeights: { title: 6, aliases: 5, description: 2 } }, noWorker: true };
/** Name hits in the popup; full-text hits fill it up to POPUP_ROWS. Fits a 375 px phone with its keyboard open. */
const POPUP_NAMES = 5;
const POPUP_ROWS = 6;
/** Results per page on the search page, name hits first. */
const PAGE_SIZE = 8;
/** The pause in typing after which full text is searched. */
const FULL_TEXT_DELAY = 300;
/** Full text is not searched for fewer letters: a short prefix matches much of the index. */
const FULL_TEXT_MIN = 3;
/** The pause after which the status line is announced (it is a live region). */
const ANNOUNCE_DELAY = 500;

/** The search page's own title, which the query is put before. */
const PAGE_TITLE = document.title;

let names: Promise<NameMatcher> | undefined;
let namesReady = false;
let pagefind: Promise<{ api: PagefindApi; pages: Record<string, string> }> | undefined;

function loadNames(): Promise<NameMatcher> {
  names ??= fetch(nameIndexUrl(lang))
    .then((r) => (r.ok ? (r.json() as Promise<NameIndex>) : Promise.reject(new Error(`${r.status} ${nameIndexUrl(lang)}`))))
    .then((index) => {
      namesReady = true;
      return prepareNames(index);
    });
  return names;
}

function loadPagefind() {
  pagefind ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND).then(async (pf: PagefindApi) => {
      await pf.options(PAGEFIND_OPTIONS);
      return pf;
    }),
    fetch(pagefindPagesUrl(lang)).then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}), () => ({})),
  ]).then(([api, pages]) => ({ api, pages }));
  return pagefind;
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

/** The words Pagefind highlighted in an excerpt. */
function markedWords(html: string): string[] {
  return excerptSegments(html)
    .filter((s) => s.mark)
    .flatMap((s) => filterFold(s.text).split(/[^\p{L}\p{N}]+/u))
    .filter(Boolean);
}

/**
 * Whether a full-text hit matched the query's words, and not only a truncated start of one.
 * With no page containing a word, Pagefind drops its last letters until something matches
 * ("konkurranseutsetting" finds the "K." of a citation); a match must share at least all but
 * the last three letters of a query word (room for an inflected ending), and four.
 */
function matchesQueryWords(query: string, html: string): boolean {
  const queryWords = filterFold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= FULL_TEXT_MIN);
  if (!queryWords.length) return true;
  const marked = markedWords(html);
  return queryWords.some((word) =>
    marked.some((m) => {
      let shared = 0;
      while (shared < word.length && word[shared] === m[shared]) shared++;
      return shared >= Math.min(word.length, Math.max(4, word.length - 3));
    }),
  );
}

/** A full-text hit: a concept from Pagefind, painted from the name index where it is there. */
interface TextHit {
  concept: NameIndexConcept | undefined;
  result: PagefindResult;
}

/** One row of results: a name hit, or a full-text hit with its fragment where loaded. */
type TextRow = { kind: 'text'; hit: TextHit; data?: ResultData };
type Row = { kind: 'name'; hit: NameHit } | TextRow;

function conceptLink(concept: NameIndexConcept): HTMLAnchorElement {
  const link = el('a', { href: articleUrl(concept.lang, concept.id), className: 'search-result-title' }, concept.title);
  link.dataset.resultLink = '';
  if (concept.lang !== lang) {
    link.lang = LOCALE_INFO[concept.lang].tag;
    link.hreflang = LOCALE_INFO[concept.lang].tag;
    const label = el('span', { className: 'search-result-lang', lang: LOCALE_INFO[lang].tag }, ` · ${languageName(lang, concept.lang)}`);
    link.append(label);
  }
  return link;
}

function definition(concept: NameIndexConcept): HTMLElement {
  const p = el('p', { className: 'search-result-definition' }, concept.definition);
  if (concept.lang !== lang) p.lang = LOCALE_INFO[concept.lang].tag;
  return p;
}

/** "lönehantering · svenska", the name that matched where it is not the title shown. */
function matchedName(hit: NameHit): HTMLElement | undefined {
  if (hit.name === hit.concept.title && hit.nameLang === hit.concept.lang) return undefined;
  const name = el('span', { className: 'search-result-name', lang: LOCALE_INFO[hit.nameLang].tag }, hit.name);
  const notes: string[] = [];
  // The language, unless it is the page's, or the article's (whose title says it already).
  if (hit.nameLang !== lang && hit.nameLang !== hit.concept.lang) notes.push(languageName(lang, hit.nameLang));
  if (hit.deprecated) notes.push(t(lang, 'searchDeprecated'));
  return el('p', { className: 'search-result-match' }, name, ...(notes.length ? [` · ${notes.join(', ')}`] : []));
}

function rowItem(row: Row, withExcerpts: boolean): HTMLLIElement {
  const item = el('li', { className: 'search-result' });
  if (row.kind === 'name') {
    item.dataset.match = row.hit.kind;
    const match = matchedName(row.hit);
    item.append(conceptLink(row.hit.concept), ...(match ? [match] : []), definition(row.hit.concept));
    return item;
  }
  item.dataset.match = 'text';
  const { concept } = row.hit;
  const data = row.data;
  if (concept) item.append(conceptLink(concept), definition(concept));
  else if (data) {
    const link = el('a', { href: data.url, className: 'search-result-title' }, data.meta.title ?? data.url);
    link.dataset.resultLink = '';
    item.append(link);
  }
  if (withExcerpts && data) {
    // An excerpt that only repeats the definition says nothing new.
    const text = excerptSegments(data.excerpt).map((s) => s.text).join('');
    if (!concept || !concept.definition.includes(text.replace(/^.*?\.\s/, '').slice(0, 40))) item.append(excerpt(data.excerpt));
    const subs = data.sub_results.filter((sub) => sub.url.includes('#') && sub.url !== data.url && sub.excerpt !== data.excerpt).slice(0, 3);
    if (subs.length) {
      const list = el('ul', { className: 'search-sub-results' });
      for (const sub of subs) {
        // A heading's title as Pagefind reads it ends with our "#" section link.
        const subLink = el('a', { href: sub.url }, sub.title.replace(/\s*#$/, ''));
        subLink.dataset.resultLink = '';
        list.append(el('li', {}, subLink, excerpt(sub.excerpt)));
      }
      item.append(list);
    }
  }
  return item;
}

/** One search field with its results: the header's popup, or the search page's results. */
class LexiconSearch extends HTMLElement {
  // Fields are declared here and set in the constructor, not initialised in place: compiled for
  // ES2020 (src/integration/bundle-script.ts), class-field initialisers need esbuild's helpers.
  declare input: HTMLInputElement;
  /** The search page's own field: its results are in the page, with excerpts. */
  declare inline: boolean;
  declare panel: HTMLElement;
  declare status: HTMLElement;
  declare list: HTMLOListElement;
  declare private sequence: number;
  declare private fullTextTimer: ReturnType<typeof setTimeout> | undefined;
  declare private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Full-text hits not shown yet ("show more" on the search page). */
  declare private rest: TextHit[];
  declare private query: string;
  /** The current search is a deep link's, not typing. */
  declare private now: boolean;
  declare private nameHits: NameHit[];

  constructor() {
    super();
    this.sequence = 0;
    this.rest = [];
    this.query = '';
    this.now = false;
    this.nameHits = [];
    const input = (this.input = this.querySelector<HTMLInputElement>('[data-search-input]')!);
    const inline = (this.inline = input.hasAttribute('data-search-main'));
    const existing = inline ? this.querySelector<HTMLElement>('[data-search-results]') : null;
    if (existing) {
      this.panel = existing;
      this.status = existing.querySelector('[role=status]')!;
      this.list = existing.querySelector('ol')!;
    } else {
      this.status = el('p', { className: 'search-status' });
      this.status.setAttribute('role', 'status');
      this.list = el('ol', { className: 'search-results-list' });
      this.panel = el('div', { className: 'search-results search-popup' }, this.status, this.list);
      this.panel.id = 'search-results-popup';
      this.panel.hidden = true;
      input.form!.append(this.panel);
    }
    input.setAttribute('aria-controls', this.panel.id);
    if (!inline) {
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-autocomplete', 'list');
      input.setAttribute('aria-expanded', 'false');
    }
    input.addEventListener('input', () => this.search(input.value));
    input.addEventListener('keydown', (event) => this.onKey(event));
    this.panel.addEventListener('keydown', (event) => this.onKey(event));
    if (!inline) {
      input.form!.addEventListener('focusout', (event) => {
        if (!input.form!.contains(event.relatedTarget as Node | null)) this.close();
      });
      input.addEventListener('focus', () => {
        if (this.list.childElementCount) this.open();
      });
    }
    // The field that brought search in may already hold text.
    if (input.value.trim() && document.activeElement === input) this.search(input.value);
    this.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
    if (inline) {
      // The search page shows excerpts: full text is wanted at once.
      loadPagefind();
      const query = new URLSearchParams(location.search).get('q') ?? '';
      if (query) {
        input.value = query;
        this.search(query, true);
      }
    }
  }

  open() {
    this.panel.hidden = false;
    if (!this.inline) this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    if (this.inline) return;
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }

  links(): HTMLElement[] {
    return [...this.panel.querySelectorAll<HTMLElement>('[data-result-link]')];
  }

  onKey(event: KeyboardEvent) {
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!links.length) return;
      event.preventDefault();
      this.open();
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

  /** The status line, announced once typing has paused (every keystroke would chatter); at once for a deep link. */
  announce(text: string) {
    clearTimeout(this.announceTimer);
    if (this.now) this.status.textContent = text;
    else this.announceTimer = setTimeout(() => (this.status.textContent = text), ANNOUNCE_DELAY);
  }

  /** `now`: search full text at once (a deep link), not at the reader's pause. */
  async search(raw: string, now = false) {
    const query = raw.trim();
    const sequence = ++this.sequence;
    this.query = query;
    this.now = now;
    clearTimeout(this.fullTextTimer);
    // What was about to be announced is out of date.
    clearTimeout(this.announceTimer);
    if (this.inline) this.keepQuery(query);
    if (!query) {
      clearTimeout(this.announceTimer);
      this.list.replaceChildren();
      this.status.textContent = '';
      this.panel.dataset.state = '';
      this.close();
      return;
    }
    let matcher: NameMatcher;
    try {
      if (!namesReady) this.showSearching();
      matcher = await loadNames();
    } catch (error) {
      if (sequence === this.sequence) this.status.textContent = t(lang, 'searchFailed');
      console.error(error);
      return;
    }
    if (sequence !== this.sequence) return;
    this.nameHits = findNames(matcher, query, this.inline ? 20 : POPUP_NAMES);
    this.rest = [];
    const fullText = filterFold(query).replace(/[^\p{L}\p{N}]/gu, '').length >= FULL_TEXT_MIN;
    this.render(fullText ? 'names' : 'done');
    if (!fullText) return;
    // With no name to show, full text is the only answer: load it now, search at the pause.
    if (!this.nameHits.length) loadPagefind();
    this.fullTextTimer = setTimeout(() => this.fullText(query, sequence), now ? 0 : FULL_TEXT_DELAY);
  }

  showSearching() {
    this.list.replaceChildren(el('li', { className: 'search-searching' }, t(lang, 'searchSearching')));
    this.panel.dataset.state = 'loading';
    this.open();
  }

  async fullText(query: string, sequence: number) {
    let hits: TextHit[];
    try {
      const { api, pages } = await loadPagefind();
      const response = await api.search(query);
      if (sequence !== this.sequence) return;
      const named = new Set(this.nameHits.map((h) => h.concept.id));
      const matcher = await loadNames();
      const byId = new Map(matcher.names.map((n) => [n.concept.id, n.concept]));
      hits = response.results
        .map((result) => ({ result, concept: byId.get(pages[result.id.replace(/^[a-z]+_/, '')] ?? '') }))
        .filter((hit) => !hit.concept || !named.has(hit.concept.id));
      // Pagefind's truncated-prefix fallback: judged on the first hit that no name explains.
      if (hits.length && !(response.results[0] && named.has(pages[response.results[0].id.replace(/^[a-z]+_/, '')] ?? ''))) {
        const top = await hits[0]!.result.data();
        if (sequence !== this.sequence) return;
        if (!matchesQueryWords(query, top.excerpt)) hits = [];
      }
    } catch (error) {
      if (sequence !== this.sequence) return;
      console.error(error);
      hits = [];
    }
    this.rest = hits;
    await this.render('done');
  }

  /** On the search page: the URL, the tab title and the language switcher carry the query. */
  keepQuery(query: string) {
    history.replaceState(null, '', query ? searchUrl(lang, query) : searchUrl(lang));
    document.title = query ? `${t(lang, 'searchQuoted', { q: query })} – ${PAGE_TITLE}` : PAGE_TITLE;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[hreflang]')) {
      const target = new URL(link.href);
      if (!/^\/[a-z]+\/search\/$/.test(target.pathname)) continue;
      target.search = query ? `?q=${encodeURIComponent(query)}` : '';
      link.href = target.pathname + target.search;
    }
  }

  /** Takes the next full-text hits off `#rest`, with their fragments on the search page. */
  async takeText(count: number): Promise<TextRow[]> {
    const taken = this.rest.slice(0, count);
    this.rest = this.rest.slice(count);
    // The popup paints from the name index; a fragment is loaded only for a page it lacks
    // (`astro dev`, where pages.json is not made).
    const data = await Promise.all(taken.map((hit) => (this.inline || !hit.concept ? hit.result.data() : undefined)));
    if (!this.inline) return taken.map((hit, i) => ({ kind: 'text', hit, data: data[i] }));
    // Fragments are here for the excerpts: drop any hit on a truncated word, not just the first.
    return taken.map((hit, i): TextRow => ({ kind: 'text', hit, data: data[i] })).filter((row) => !row.data || matchesQueryWords(this.query, row.data.excerpt));
  }

  async render(state: 'names' | 'done') {
    const sequence = this.sequence;
    const query = this.query;
    const rows: Row[] = this.nameHits.map((hit) => ({ kind: 'name', hit }));
    if (state === 'done') {
      const room = this.inline ? Math.max(PAGE_SIZE - rows.length, 3) : Math.max(POPUP_ROWS - rows.length, 0);
      rows.push(...(await this.takeText(room)));
      if (sequence !== this.sequence) return;
    }
    const items: HTMLElement[] = rows.map((row) => rowItem(row, this.inline));
    if (state === 'names' && !rows.length) items.push(el('li', { className: 'search-searching' }, t(lang, 'searchSearching')));
    if (state === 'done' && !rows.length) items.push(el('li', { className: 'search-nothing' }, el('a', { href: indexUrl(lang) }, t(lang, 'searchTryIndex'))));
    if (this.rest.length) items.push(this.inline ? this.moreButton() : this.allResultsLink(query));
    this.list.replaceChildren(...items);
    this.panel.dataset.state = state;
    this.panel.dataset.query = query;
    this.open();
    const shown = rows.length;
    // Announced once, when full text is in: the count would change again a moment later.
    if (state === 'names') return;
    this.announce(shown === 0 ? t(lang, 'searchNoResults', { q: query }) : shown === 1 ? t(lang, 'searchOneResult', { q: query }) : t(lang, 'searchResults', { n: shown, q: query }));
  }

  /** In the popup: the search page, with every result and its excerpts. */
  allResultsLink(query: string): HTMLLIElement {
    const link = el('a', { href: searchUrl(lang, query) }, t(lang, 'searchAll', { q: query }));
    link.dataset.resultLink = '';
    return el('li', { className: 'search-more' }, link);
  }

  /** "Show more results": the next page of results, the first of them focused. */
  moreButton(): HTMLLIElement {
    const button = el('button', { type: 'button', className: 'search-more-button' }, t(lang, 'searchMore'));
    button.dataset.resultLink = '';
    const item = el('li', { className: 'search-more' }, button);
    button.addEventListener('click', async () => {
      const added = (await this.takeText(PAGE_SIZE)).map((row) => rowItem(row, true));
      item.before(...added);
      if (!this.rest.length) item.remove();
      added[0]?.querySelector('a')?.focus();
      const shown = this.list.querySelectorAll('.search-result').length;
      this.announce(t(lang, 'searchResults', { n: shown, q: this.query }));
    });
    return item;
  }
}

loadNames().catch(() => {});
// The element reads its markup when it is made: while the page is still parsing (a reader
// hovering the header field on a slow connection), a box below may not have its children yet.
const define = () => customElements.define('lexicon-search', LexiconSearch);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();
