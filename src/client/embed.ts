// embed.js: another site adds <script src="https://…/embed.js" defer></script>, and its links to
// our terms and its <dfn data-lexicon="id"> get a definition card on hover, keyboard focus and
// tap. Built by src/pages/embed.js.ts. Rules it keeps: no dependencies, one global (a guard
// against loading twice), no cookies or storage, fetched text only ever as textContent, and
// every request to the origin the script itself came from.
import type { CardText } from '../lib/formats/card.ts';
import { cardTerm, lookupOrder, termOfDfn, termOfLink, type CardTerm, type TermTarget } from '../lib/urls/embed-links.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { apiTermUrl } from '../lib/urls/urls.ts';

/** The card words per language, baked in at build time (src/pages/embed.js.ts). */
declare const __CARD_TEXT__: Record<Locale, CardText>;

type Found = [trigger: HTMLElement, target: TermTarget];

const ID = 'outsourcing-lexicon-card';
const host = window as Window & { OutsourcingLexicon?: { version: number } };
// currentScript is only set while the script first runs, so read it now; a module or
// injected copy falls back to finding its own tag.
const src =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]')?.src;

if (src && !host.OutsourcingLexicon) {
  host.OutsourcingLexicon = { version: 1 };
  start(new URL(src).origin);
}

function start(origin: string) {
  const text = __CARD_TEXT__;
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
  const meta = el(tip, 'small');
  const more = el(card, 'a');

  let current: HTMLElement | undefined;
  /** The trigger Escape closed: it stays closed until the pointer or focus leaves it. */
  let dismissed: HTMLElement | undefined;
  let token = 0;
  let hideTimer = 0;
  let pointer = '';
  let openBeforeTap = false;

  addStyles();
  const tabbable = () => {
    // A <dfn> is not focusable, so keyboard users could never open its card.
    for (const dfn of document.querySelectorAll<HTMLElement>('dfn[data-lexicon]:not([tabindex])')) dfn.tabIndex = 0;
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', tabbable);
  else tabbable();

  function fetchTerm(lang: Locale, id: string): Promise<CardTerm | undefined> {
    const key = `${lang}/${id}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = fetch(origin + apiTermUrl(lang, id), { credentials: 'omit' })
        .then((res) => (res.ok ? res.json() : undefined))
        .then(cardTerm, () => undefined);
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
        : termOfDfn(trigger.dataset.lexicon, trigger.closest('[lang]')?.getAttribute('lang'));
    return target && [trigger, target];
  }

  async function show(trigger: HTMLElement, target: TermTarget): Promise<boolean> {
    clearTimeout(hideTimer);
    if (trigger === dismissed) return false;
    if (trigger === current) return true;
    hide();
    current = trigger;
    const mine = ++token;
    const term = await lookUp(target);
    if (mine !== token) return !!term;
    if (!term) {
      current = undefined;
      return false;
    }
    card.lang = term.lang;
    title.textContent = term.title;
    definition.textContent = term.description;
    meta.textContent = `${text[term.lang].language} · ${text[term.lang].source}`;
    more.textContent = text[term.lang].readMore;
    more.href = term.url;
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
    card.style.top = `${below + size.height > innerHeight && above > 0 ? above : below}px`;
    card.style.left = `${Math.max(8, Math.min(at.left, innerWidth - size.width - 8))}px`;
  }

  const within = (node: EventTarget | null) => node instanceof Node && (card.contains(node) || !!current?.contains(node));

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    if (card.contains(event.target as Node)) return clearTimeout(hideTimer);
    const found = find(event.target);
    if (found) void show(...found);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch' || !within(event.target) || within(event.relatedTarget)) return;
    dismissed = undefined;
    hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const found = find(event.target);
    if (found) void show(...found);
  });
  document.addEventListener('focusout', (event) => {
    if (!current || within(event.relatedTarget)) return;
    dismissed = undefined;
    hide();
  });
  document.addEventListener(
    'pointerdown',
    (event) => {
      pointer = event.pointerType;
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
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !current || card.hidden) return;
    const trigger = current;
    const focusWasInCard = card.contains(document.activeElement);
    dismissed = trigger;
    hide();
    if (focusWasInCard) trigger.focus();
  });
  addEventListener('scroll', place, { capture: true, passive: true });
  addEventListener('resize', place, { passive: true });
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
${c}{position:fixed;inset:auto;margin:0;z-index:2147483647;width:max-content;max-width:min(24rem,calc(100vw - 16px));padding:12px 14px;border:1px solid #767b84;border-radius:8px;background:#fff;color:#1c1e21;color-scheme:light;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;text-align:start;box-shadow:0 4px 18px #0003;overflow:visible;animation:${ID}-in .15s ease-out}
${c} strong{display:block;font-size:16px}
${c} p{margin:4px 0 8px}
${c} small{display:block;font-size:13px;color:#55595f}
${c} a{display:inline-block;margin-top:6px;color:#1b5a86;text-decoration:underline}
${c} a:focus-visible{outline:3px solid #c2410c;outline-offset:2px;border-radius:2px}
@media (prefers-color-scheme:dark){${c}{background:#1f2226;color:#e8e6e1;border-color:#8a8f98;color-scheme:dark}${c} small{color:#aeb2b8}${c} a{color:#8cc5f2}${c} a:focus-visible{outline-color:#fb923c}}
@media (prefers-reduced-motion:reduce){${c}{animation:none}}
@keyframes ${ID}-in{from{opacity:0;transform:translateY(4px)}}`;
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
