/** One entry of an Atom feed. */
export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  updated: Date;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * An Atom 1.0 feed (RFC 4287) of new and updated terms.
 * @example atomFeed({ title: 'T', url: 'https://x/en/', feedUrl: 'https://x/en/feed.xml', lang: 'en', entries: [] }).startsWith('<?xml') // true
 */
export function atomFeed(feed: { title: string; url: string; feedUrl: string; lang: string; entries: readonly FeedEntry[] }): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <id>${escapeXml(feed.url)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.url)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(feed.title)}</name></author>`,
    ...feed.entries.flatMap((e) => [
      '  <entry>',
      `    <title>${escapeXml(e.title)}</title>`,
      `    <id>${escapeXml(e.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ].join('\n');
}
