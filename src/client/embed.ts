// embed.js: another site adds <script src="https://…/embed.js" defer></script>, and its links to
// our terms and its <dfn data-lexicon="id"> get a definition card on hover, keyboard focus and
// tap; with `data-autolink` our terms in its text are found and marked too (./autolink.ts).
// Built by src/pages/embed.js.ts. Rules it keeps: no dependencies, one global (a guard
// against loading twice), no custom elements (unlike our own pages' components: a name in the
// host's one registry could clash with the host's own), no cookies or storage, fetched text
// only ever as textContent, and every request to the origin the script itself came from.
import type { CardText } from '../lib/formats/card.ts';
import { cardTerm, lookupOrder, termOfDfn, termOfLink, type CardTerm, type TermTarget } from '../lib/urls/embed-links.ts';
import { fill } from '../lib/i18n/strings.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { apiTermUrl } from '../lib/urls/urls.ts';
import { autolink, insteadOf, langTag } from './autolink.ts';

/** The card words per language, baked in at build time (src/pages/embed.js.ts). */
declare const __CARD_TEXT__: Record<Locale, CardText>;

type Found = [trigger: HTMLElement, target: TermTarget];

const ID = 'outsourcing-lexicon-card';
const host = window as Window & { OutsourcingLexicon?: { version: number } };
// currentScript is only set while the script first runs, so read it now; a module or
// injected copy falls back to finding its own tag.
const script =
  (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]');

if (script?.src && !host.OutsourcingLexicon) {
  host.OutsourcingLexicon = { version: 1 };
  start(new URL(script.src).origin, script.dataset.autolink);
}

function start(origin: string, autolinkMode: string | undefined) {
  const text = __CARD_TEXT__;
  const getJson = (url: string) =>
    fetch(url, { credentials: 'omit' }).then(
      (res) => (res.ok ? res.json() : undefined),
      () => undefined,
    );
  // A host CSP that blocks us is the host's to fix: say once, in its console, what we need.
  let warned = false;
  document.addEventListener('securitypolicyviolation', (event) => {
    if (warned || !event.blockedURI.startsWith(origin)) return;
    warned = true;
    console.warn(
      `Outsourcing Lexicon: CSP ${event.effectiveDirective} blocks ${origin}; allow it in script-src and connect-src`,
    );
  });
  const cache = new Map<string, Promise<CardTerm | undefined>>();
  /** Lookups that have finished: a term, or null when there is none (so a tap can follow the link). */
  const known = new Map<string, CardTerm | null>();

  const card = document.createElement('div');
  card.id = ID;
  card.hidden = true;
  // The top layer where the browser has it, so no stacking context or overflow of the host clips it.
  card.setAttribute('popover', 'manual');
  const tip = el(card, 'div');
  tip.id = `${ID}-text`;
  tip.setAttribute('role', 'tooltip');
  const title = el(tip, 'strong');
  const definition = el(tip, 'p');
  const note = el(tip, 'p');
  const meta = el(tip, 'small');
  const more = el(card, 'a');
  // For pointers and touch: keyboard users have Escape, so the button stays out of the tab order.
  const close = el(card, 'button');
  close.type = 'button';
  close.tabIndex = -1;
  close.textContent = '×';

  let current: HTMLElement | undefined;
  /** The trigger Escape closed: it stays closed until the pointer or focus leaves it. */
  let dismissed: HTMLElement | undefined;
  let token = 0;
  let hideTimer = 0;
  let showTimer = 0;
  let showing = Promise.resolve(false);
  let pointer = '';
  let openBeforeTap = false;
  /** Whether the last press was on the card: focus leaving for it is not a reason to close. */
  let pressedCard = false;

  addStyles();
  const tabbable = () => {
    // A <dfn> is not focusable, so keyboard users could never open its card.
    for (const dfn of document.querySelectorAll<HTMLElement>('dfn[data-lexicon]:not([tabindex])')) dfn.tabIndex = 0;
  };

  function fetchTerm(lang: Locale, id: string): Promise<CardTerm | undefined> {
    const key = `${lang}/${id}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = getJson(origin + apiTermUrl(lang, id)).then(cardTerm);
      cache.set(key, pending);
    }
    return pending;
  }

  const keyOf = (target: TermTarget) => `${target.lang ?? ''}/${target.id}`;

  async function lookUp(target: TermTarget): Promise<CardTerm | undefined> {
    let term: CardTerm | undefined;
    for (const lang of lookupOrder(target, document.documentElement.lang)) if ((term = await fetchTerm(lang, target.id))) break;
    known.set(keyOf(target), term ?? null);
    return term;
  }

  function find(node: EventTarget | null): Found | undefined {
    if (!(node instanceof Element) || card.contains(node)) return undefined;
    const trigger = node.closest<HTMLElement>('a[href], dfn[data-lexicon]');
    if (!trigger) return undefined;
    const target =
      trigger instanceof HTMLAnchorElement
        ? termOfLink(trigger.href, origin)
        : termOfDfn(trigger.dataset.lexicon, langTag(trigger));
    return target && [trigger, target];
  }

  /** Shows a trigger's card; resolves to whether there is one (the same answer for a second call while it is looked up). */
  function show(trigger: HTMLElement, target: TermTarget): Promise<boolean> {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    if (trigger === dismissed) return Promise.resolve(false);
    if (trigger === current) return showing;
    hide();
    current = trigger;
    const mine = ++token;
    return (showing = lookUp(target).then((term) => (mine === token ? render(trigger, term) : !!term)));
  }

  function render(trigger: HTMLElement, term: CardTerm | undefined): boolean {
    if (!term) {
      current = undefined;
      return false;
    }
    const words = text[term.lang];
    const instead = insteadOf.get(trigger);
    card.lang = term.lang;
    title.textContent = term.title;
    definition.textContent = term.description;
    note.textContent = instead ? fill(words.useInstead, { term: trigger.textContent ?? '', preferred: instead }) : '';
    note.hidden = !instead;
    meta.textContent = `${words.language} · ${words.source}`;
    more.textContent = words.readMore;
    more.href = term.url;
    close.setAttribute('aria-label', words.close);
    // A link already leads to the article; only a <dfn> needs "Read more" in the tab order.
    more.tabIndex = trigger instanceof HTMLAnchorElement ? -1 : 0;
    // Right after the trigger in the DOM, so Tab goes from a <dfn> into the card and on.
    trigger.after(card);
    card.hidden = false;
    try {
      card.showPopover();
    } catch {
      // No popover support: the card is position: fixed with a high z-index instead.
    }
    describe(trigger, true);
    place();
    return true;
  }

  function hide() {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    token++;
    if (current) describe(current, false);
    current = undefined;
    if (card.hidden) return;
    try {
      card.hidePopover();
    } catch {}
    card.hidden = true;
  }

  const hideSoon = () => {
    clearTimeout(hideTimer);
    // A moment to move the pointer from the trigger onto the card.
    hideTimer = window.setTimeout(hide, 300);
  };

  /** Adds or removes the card from the trigger's aria-describedby, keeping the host's own ids. */
  function describe(trigger: HTMLElement, on: boolean) {
    const ids = (trigger.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== tip.id);
    if (on) ids.push(tip.id);
    if (ids.length) trigger.setAttribute('aria-describedby', ids.join(' '));
    else trigger.removeAttribute('aria-describedby');
  }

  function place() {
    if (!current || card.hidden) return;
    const at = current.getBoundingClientRect();
    const size = card.getBoundingClientRect();
    const above = at.top - size.height - 6;
    const below = at.bottom + 6;
    // Above the term where it fits: it covers what the reader has read, not the next lines.
    card.style.top = `${above >= 8 || below + size.height > innerHeight ? Math.max(8, above) : below}px`;
    card.style.left = `${Math.max(8, Math.min(at.left, innerWidth - size.width - 8))}px`;
  }

  const within = (node: EventTarget | null) => node instanceof Node && (card.contains(node) || !!current?.contains(node));

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    if (card.contains(event.target as Node)) return clearTimeout(hideTimer);
    const found = find(event.target);
    clearTimeout(showTimer);
    // A moment's pause first, so a pointer passing over a paragraph neither flashes cards nor fetches.
    if (found) showTimer = window.setTimeout(() => void show(...found), 200);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    if (!within(event.relatedTarget)) clearTimeout(showTimer);
    if (!within(event.target) || within(event.relatedTarget)) return;
    dismissed = undefined;
    hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const found = find(event.target);
    if (found) void show(...found);
  });
  document.addEventListener('focusout', (event) => {
    if (!current || pressedCard || within(event.relatedTarget)) return;
    dismissed = undefined;
    hide();
  });
  document.addEventListener(
    'pointerdown',
    (event) => {
      pointer = event.pointerType;
      pressedCard = card.contains(event.target as Node);
      // A new press is a new wish: a card closed before may open again.
      if (!pressedCard) dismissed = undefined;
      openBeforeTap = !card.hidden && within(event.target);
      if (current && !within(event.target)) hide();
    },
    true,
  );
  document.addEventListener('click', (event) => {
    const found = find(event.target);
    if (!found) return;
    const [trigger, target] = found;
    if (trigger instanceof HTMLAnchorElement) {
      // On a touch screen the first tap shows the card and the second follows the link;
      // a link to a term we do not have is just a link.
      if (pointer !== 'touch' || openBeforeTap || known.get(keyOf(target)) === null) return;
      event.preventDefault();
      void show(trigger, target).then((shown) => shown || trigger.click());
    } else void show(trigger, target);
  });
  const dismiss = () => {
    const trigger = current;
    if (!trigger || card.hidden) return;
    const focusWasInCard = card.contains(document.activeElement);
    dismissed = trigger;
    hide();
    if (focusWasInCard) trigger.focus();
  };
  close.addEventListener('click', dismiss);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });
  addEventListener('scroll', place, { capture: true, passive: true });
  addEventListener('resize', place, { passive: true });
  const ready = () => {
    tabbable();
    autolink(origin, autolinkMode, getJson);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
}

function el<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  return parent.appendChild(document.createElement(tag));
}

/**
 * The card's styles, scoped to its id and reset from the host's (all: revert), as a
 * constructed stylesheet where the browser has them: they are not blocked by a host CSP
 * without 'unsafe-inline'. Colours pass WCAG AA in both schemes.
 */
function addStyles() {
  const c = `#${ID}`;
  const css = `${c},${c} *{all:revert;box-sizing:border-box}
${c}{position:fixed;inset:auto;margin:0;z-index:2147483647;width:max-content;max-width:min(24rem,calc(100vw - 16px));padding:12px 14px;border:1px solid #767b84;border-radius:8px;background:#fff;color:#1c1e21;color-scheme:light;font:15px/1.45 system-ui,sans-serif;text-align:start;box-shadow:0 4px 18px #0003;overflow:visible}
${c} strong{display:block;font-size:16px;padding-inline-end:28px}
${c} button{position:absolute;top:2px;inset-inline-end:2px;width:36px;height:36px;border:0;background:none;color:inherit;font-size:22px;cursor:pointer}
${c} p{margin:4px 0 8px}
${c} small{display:block;font-size:13px;color:#55595f}
${c} a{display:inline-block;margin-top:6px;color:#1b5a86;text-decoration:underline}
${c} :focus-visible{outline:3px solid #c2410c;outline-offset:2px;border-radius:2px}
:where(dfn[data-lexicon]){text-decoration:underline dotted;cursor:help}
dfn[data-lexicon-auto]{font:inherit;color:inherit}
@media (prefers-color-scheme:dark){${c}{background:#1f2226;color:#e8e6e1;border-color:#8a8f98;color-scheme:dark}${c} small{color:#aeb2b8}${c} a{color:#8cc5f2}${c} :focus-visible{outline-color:#fb923c}}`;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }
}
