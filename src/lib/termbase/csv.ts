import { stringify } from 'csv-stringify/sync';
import type { Concept } from './concepts.ts';
import { CONTENT_LICENCE } from './licence.ts';

/**
 * The termbase as one CSV row per term, the shape CAT tools and spreadsheets import.
 * Written with csv-stringify (RFC 4180 quoting of commas, quotes and line breaks), UTF-8 with
 * a byte-order mark so that Excel reads æ, ø, å and ä as such, CRLF line ends, a header row.
 */

/** The columns, in order; docs/api.md describes each. */
export const CSV_COLUMNS = ['concept_id', 'language', 'term', 'status', 'type', 'part_of_speech', 'gender', 'note', 'definition', 'url', 'concept_url', 'license'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Every term of every concept as a CSV row; the definition and URLs repeat on each term of a language.
 * @example csvRows([{ id: 'vendor', url: 'https://x.org/concepts/vendor/', topics: [], related: [], languages: [{ lang: 'en', title: 'Vendor', terms: [{ term: 'Vendor', status: 'preferred' }], definition: 'A seller.', url: 'https://x.org/en/vendor/' }] }]).map((r) => `${r.term} ${r.status}`) // ['Vendor preferred']
 */
export function csvRows(concepts: readonly Concept[]): Record<CsvColumn, string>[] {
  return concepts.flatMap((concept) =>
    concept.languages.flatMap((language) =>
      language.terms.map((term) => ({
        concept_id: concept.id,
        language: language.lang,
        term: term.term,
        status: term.status,
        type: term.type ?? '',
        part_of_speech: term.partOfSpeech ?? '',
        gender: term.gender ?? '',
        note: term.note ?? '',
        definition: language.definition,
        url: language.url,
        concept_url: concept.url,
        license: CONTENT_LICENCE.url,
      })),
    ),
  );
}

/**
 * The CSV file.
 * @example csvDocument([]) // '\uFEFFconcept_id,language,term,status,type,part_of_speech,gender,note,definition,url,concept_url,license\r\n'
 */
export function csvDocument(concepts: readonly Concept[]): string {
  return stringify(csvRows(concepts), { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}
