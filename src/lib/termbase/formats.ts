import type { ExportFormat } from '../urls/urls.ts';

/**
 * What each export is: its media type (the endpoint, the static server and the built _headers
 * serve it with this one) and its name on the downloads page.
 * @example EXPORTS.ttl.mediaType // 'text/turtle; charset=utf-8'
 */
export const EXPORTS = {
  tbx: { mediaType: 'application/x-tbx+xml', name: 'TBX-Basic (TBX v3, DCA)' },
  csv: { mediaType: 'text/csv; charset=utf-8; header=present', name: 'CSV (UTF-8)' },
  ttl: { mediaType: 'text/turtle; charset=utf-8', name: 'SKOS (Turtle)' },
  jsonld: { mediaType: 'application/ld+json', name: 'SKOS (JSON-LD)' },
} as const satisfies Record<ExportFormat, { mediaType: string; name: string }>;
