/**
 * The only JavaScript in a page before the reader does something: event-handler attributes,
 * which the browser compiles and runs on the first key press, focus or click, never on load.
 * They do the little that must happen at once (take `/`, copy on click) and load the search
 * UI when a search field gets focus. The Content-Security-Policy allows exactly these strings
 * by hash (`script-src-attr 'unsafe-hashes' 'sha256-…'` in _headers), which the build computes from
 * these strings (src/integration/response-headers.ts), so a changed handler cannot ship blocked. Browsers
 * older than that policy (before Chrome 75, Firefox 110, Safari 15.4) block them and keep what
 * works without script: the search form goes to the search page, the share fields can be copied.
 */

/** The search UI, bundled from src/client/search.ts by src/pages/assets/search.js.ts. */
export const SEARCH_UI_URL = '/assets/search.js';

export const INLINE_HANDLERS = {
  /**
   * On `<body>`, keydown: `/` anywhere but in a field focuses search, the search page's own
   * field before the header's. Inline because preventDefault must happen in the event itself.
   */
  slashToSearch:
    "if(event.key=='/'&&!event.ctrlKey&&!event.metaKey&&!event.altKey&&!event.target.closest('input,textarea,select,[contenteditable]')){event.preventDefault();(document.querySelector('[data-search-main]')||document.querySelector('[data-search-input]')).focus()}",
  /** On every search field, focus and pointerenter (a pointer coming over it, a finger touching it): load the search UI and the name index (a module loads once, however often). */
  loadSearch: `import('${SEARCH_UI_URL}')`,
  /**
   * On an article, click: a copy button copies its field, a heading's "#" link its URL (and
   * still goes to the heading). Inline, not loaded, because the clipboard wants the click itself.
   * Then it says so, seen and heard: the button reads its `data-done` ("✓ Copied"), the live
   * region #copy-status its `data-copied`, and both reset after 2 s (or at the next copy).
   */
  copy:
    "var t=event.target.closest('button[data-copy],a.heading-anchor'),c=navigator.clipboard,s=document.getElementById('copy-status');function r(){clearTimeout(s.timer);s.textContent='';document.querySelectorAll('[data-label]').forEach(function(b){b.textContent=b.dataset.label})}if(t&&c&&s)c.writeText(t.dataset.copy?document.getElementById(t.dataset.copy).value:t.href).then(function(){r();if(t.dataset.done){t.dataset.label=t.textContent;t.textContent=t.dataset.done}s.textContent=t.dataset.copied;s.timer=setTimeout(r,2000)},function(){})",
} as const;

/**
 * The CSP source expression that allows one inline handler: its SHA-256, base64.
 * @example await handlerHash("import('/assets/search.js')") // "'sha256-…'"
 */
export async function handlerHash(handler: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(handler));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
