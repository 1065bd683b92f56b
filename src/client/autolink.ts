// Auto-link, embed.js's DOM half: finds our terms in the host page's text and wraps each in
// <dfn data-lexicon="id" data-lexicon-auto>, which the card then treats like a host-marked term.
// On with `data-autolink` on the script tag (the whole page) or `data-lexicon-autolink` on an
// element (inside it only). The host's text is split into text nodes and wrapped, never parsed
// as HTML; the names file (src/lib/formats/autolink.ts) is fetched only when auto-link is on.
import { compileNames, findTerms, type NameMatcher } from '../lib/formats/autolink.ts';
import { localeOfTag } from '../lib/i18n/language-choice.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { apiNamesUrl } from '../lib/urls/urls.ts';

/** Deprecated terms auto-link marked: the preferred term the card tells the reader to use. */
export const insteadOf = new WeakMap<Element, string>();

/** The `lang` an element's text is in: its own or its nearest ancestor's. */
export const langTag = (el: Element) => el.closest('[lang]')?.getAttribute('lang');
const langOf = (el: Element) => localeOfTag(langTag(el));

const ROOTS = '[data-lexicon-autolink]';
/** Where text is never touched: headings, controls, code, editable text, marked terms, our card. */
const SKIP =
  'h1,h2,h3,h4,h5,h6,a,button,textarea,select,label,summary,code,pre,script,style,noscript,svg,dfn,[contenteditable],[data-lexicon-skip],#outsourcing-lexicon-card';

/**
 * Starts auto-link, once the DOM is ready, if the page asks for it. `pageMode` is the script tag's `data-autolink`
 * (undefined when absent): `first` (or empty) marks each concept's first occurrence per
 * container, `all` every occurrence, `none` nothing.
 */
export function autolink(origin: string, pageMode: string | undefined, getJson: (url: string) => Promise<unknown>) {
  const matchers = new Map<Locale, Promise<NameMatcher | undefined>>();
  const names = (lang: Locale) => {
    let matcher = matchers.get(lang);
    if (!matcher) {
      // A missing or malformed file leaves that language's text alone.
      matcher = getJson(origin + apiNamesUrl(lang))
        .then(compileNames as (file: unknown) => NameMatcher)
        .catch(() => undefined);
      matchers.set(lang, matcher);
    }
    return matcher;
  };
  const keyOf = (dfn: HTMLElement) => langOf(dfn)! + dfn.dataset.lexicon;
  const containerOf = (el: Element) => el.closest(ROOTS) ?? (pageMode === undefined ? null : document.body);
  const modeOf = (container: Element) => container.getAttribute('data-lexicon-autolink') ?? pageMode ?? '';
  const observer = new MutationObserver((records) => void tag(records.flatMap((r) => (r.type === 'characterData' ? [r.target] : [...r.addedNodes]))));

  async function tag(roots: Node[]) {
    const jobs: [Text, Locale][] = [];
    for (const root of roots) {
      // Added or changed text is looked at with its siblings: its element is walked.
      const start = root instanceof Element ? root : root.parentElement;
      if (!start?.isConnected || start.closest(SKIP) || !containerOf(start)) continue;
      // Elements and text (SHOW_ELEMENT | SHOW_TEXT); a skip zone is left out with all it holds
      // (FILTER_REJECT), other elements are walked through (FILTER_SKIP), text is kept (FILTER_ACCEPT).
      const walker = document.createTreeWalker(start, 5, {
        acceptNode: (node) => (node instanceof Element ? (node.matches(SKIP) ? 2 : 3) : 1),
      });
      while (walker.nextNode()) {
        const text = walker.currentNode as Text;
        const lang = /\S/.test(text.data) && langOf(text.parentElement!);
        if (lang) jobs.push([text, lang]);
      }
    }
    if (!jobs.length) return;
    const ready = new Map<Locale, NameMatcher | undefined>();
    for (const lang of new Set(jobs.map(([, lang]) => lang))) ready.set(lang, await names(lang));
    const seen = new Map<Element, Set<string>>();
    for (const [text, lang] of jobs) {
      const matcher = ready.get(lang);
      const parent = text.parentElement;
      if (!matcher || !parent || !text.isConnected || parent.closest(SKIP)) continue;
      const container = containerOf(parent);
      const mode = container && modeOf(container);
      if (!container || mode === 'none') continue;
      // A concept is marked once per language in a container: a bilingual page marks it in each.
      let keys = seen.get(container);
      if (!keys) seen.set(container, (keys = new Set([...container.querySelectorAll<HTMLElement>('dfn[data-lexicon]')].map(keyOf))));
      const kept = findTerms(matcher, text.data).filter(({ id }) => mode === 'all' || (!keys.has(lang + id) && !!keys.add(lang + id)));
      for (const match of kept.reverse()) {
        const word = text.splitText(match.start);
        word.splitText(match.end - match.start);
        const dfn = document.createElement('dfn');
        dfn.dataset.lexicon = match.id;
        dfn.setAttribute('data-lexicon-auto', '');
        dfn.tabIndex = 0;
        if (match.instead) insteadOf.set(dfn, match.instead);
        word.replaceWith(dfn);
        dfn.append(word);
      }
    }
  }

  if (pageMode === undefined && !document.querySelector(ROOTS)) return;
  // Our own wrapping comes back here too, as split text: it holds no name not marked already.
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  void tag([document.body]);
}
