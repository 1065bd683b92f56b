// Two checks html-validate lacks and the W3C Nu HTML Checker makes, so that `npm test` (Node
// only, no Java) already fails where CI's Nu step would: a meta refresh written as the HTML
// standard says, and no element after </html>.
import { Rule, type Plugin, type RuleDocumentation } from 'html-validate';

/**
 * HTML's "valid meta refresh content": an integer, then `;`, whitespace, optionally `URL=`, and
 * the URL (https://html.spec.whatwg.org/multipage/semantics.html#attr-meta-http-equiv-refresh).
 * html-validate's own `meta-refresh` rule accepts `0;url=…`, which is not valid.
 */
export const VALID_REFRESH = /^\d+(?:;[\t\n\f\r ]+(?:url=)?[^'"\s][^\s]*)?$/i;

class MetaRefreshSyntax extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'A meta refresh must read `0; url=…` (a space after the semicolon), as the HTML standard defines it.' };
  }
  override setup(): void {
    this.on('element:ready', ({ target }) => {
      if (!target.is('meta') || target.getAttributeValue('http-equiv')?.toLowerCase() !== 'refresh') return;
      const content = target.getAttribute('content');
      if (!content || content.isDynamic) return;
      const value = String(content.value ?? '');
      if (!VALID_REFRESH.test(value)) this.report(target, `Bad meta refresh "${value}": write "0; url=…"`, content.valueLocation);
    });
  }
}

class NothingAfterHtml extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'No element may follow </html> (the Nu checker: "Stray start tag").' };
  }
  override setup(): void {
    this.on('dom:ready', ({ document }) => {
      const top = document.root.childElements;
      const html = top.findIndex((el) => el.is('html'));
      for (const stray of html < 0 ? [] : top.slice(html + 1)) this.report(stray, `Stray <${stray.tagName}> after </html>`);
    });
  }
}

export const lexiconHtmlRules: Plugin = {
  name: 'lexicon',
  rules: { 'lexicon/meta-refresh-syntax': MetaRefreshSyntax, 'lexicon/nothing-after-html': NothingAfterHtml },
};
