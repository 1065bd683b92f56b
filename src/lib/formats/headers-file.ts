/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use): a URL pattern on
 * its own line, then indented `Name: value` lines. `*` in a pattern matches any characters.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && rules.length) rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers that apply to a path: every matching rule, in file order.
 * @example headersFor(parseHeadersFile('/api/*\n  Access-Control-Allow-Origin: *'), '/api/v1/x.json')
 *   // [['Access-Control-Allow-Origin', '*']]
 */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules
    .filter((rule) => new RegExp(`^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`).test(path))
    .flatMap((rule) => rule.headers);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
