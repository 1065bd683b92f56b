import { DataFactory, Writer, type Quad } from 'n3';
import type { Locale } from '../i18n/locales.ts';
import { type Concept, isoDay, lexiconDate } from './concepts.ts';
import { CONTENT_LICENCE, licenceLine } from './licence.ts';

/**
 * The termbase in SKOS (https://www.w3.org/TR/skos-reference/): a ConceptScheme with its
 * licence, a Concept per concept with one prefLabel per language, admitted terms as altLabel,
 * deprecated ones as hiddenLabel (found by search, never shown), a definition per language,
 * related concepts and the date. One set of triples, written as Turtle by n3's writer (which
 * escapes literals and IRIs) and as JSON-LD from the same triples, so the two cannot differ.
 */

export const PREFIXES = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const { namedNode, literal, quad } = DataFactory;
const skos = (name: string) => namedNode(PREFIXES.skos + name);
const dct = (name: string) => namedNode(PREFIXES.dct + name);
const a = namedNode(`${PREFIXES.rdf}type`);
const seeAlso = namedNode(`${PREFIXES.rdfs}seeAlso`);
const date = (d: Date) => literal(isoDay(d), namedNode(`${PREFIXES.xsd}date`));

const LABEL = { preferred: 'prefLabel', admitted: 'altLabel', deprecated: 'hiddenLabel' } as const;

export interface SchemeInfo {
  /** The scheme's IRI (the concept index page). */
  iri: string;
  /** The site's name in each language. */
  titles: Record<Locale, string>;
}

/**
 * Every triple of the termbase.
 * @example skosQuads([], { iri: 'https://x.org/concepts/', titles: { nb: 'A', sv: 'B', en: 'C' } }).length // 5
 */
export function skosQuads(concepts: readonly Concept[], scheme: SchemeInfo): Quad[] {
  const quads: Quad[] = [];
  const s = namedNode(scheme.iri);
  const modified = lexiconDate(concepts);
  quads.push(quad(s, a, skos('ConceptScheme')));
  for (const [lang, title] of Object.entries(scheme.titles)) quads.push(quad(s, dct('title'), literal(title, lang)));
  quads.push(quad(s, dct('license'), namedNode(CONTENT_LICENCE.url)));
  if (modified) quads.push(quad(s, dct('modified'), date(modified)));
  for (const concept of concepts) {
    const c = namedNode(concept.url);
    quads.push(quad(c, a, skos('Concept')), quad(c, skos('inScheme'), s), quad(c, skos('notation'), literal(concept.id)));
    for (const language of concept.languages) {
      for (const term of language.terms) {
        quads.push(quad(c, skos(LABEL[term.status]), literal(term.term, language.lang)));
        if (term.note) quads.push(quad(c, skos('note'), literal(`${term.term}: ${term.note}`, language.lang)));
      }
      quads.push(quad(c, skos('definition'), literal(language.definition, language.lang)));
      if (language.equivalence) quads.push(quad(c, skos('scopeNote'), literal(language.equivalence, language.lang)));
      quads.push(quad(c, seeAlso, namedNode(language.url)));
    }
    // A related concept's IRI is its page beside this one's: /concepts/{rel}/.
    for (const rel of concept.related) quads.push(quad(c, skos('related'), namedNode(new URL(`../${rel}/`, concept.url).href)));
    if (concept.updated) quads.push(quad(c, dct('modified'), date(concept.updated)));
  }
  return quads;
}

/**
 * The termbase as Turtle, with the licence also said in a comment at the top.
 * @example turtleDocument([], { iri: 'https://x.org/concepts/', titles: { nb: 'A', sv: 'B', en: 'C' } }, 'Outsourcing Lexicon') // '# Outsourcing Lexicon. Content licensed under CC BY 4.0 …\n@prefix skos: <http://www.w3.org/2004/02/skos/core#>.\n…'
 */
export function turtleDocument(concepts: readonly Concept[], scheme: SchemeInfo, siteName: string): string {
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(skosQuads(concepts, scheme));
  let text = '';
  // n3's writer calls back at once when it writes to a string.
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return `# ${licenceLine(siteName)}\n${text}`;
}

type JsonLdValue = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };

/**
 * The same triples as JSON-LD: one node per subject, properties as compact IRIs under a context of the prefixes.
 * @example jsonLdDocument([], { iri: 'https://x.org/concepts/', titles: { nb: 'A', sv: 'B', en: 'C' } })['@graph'][0]['@type'] // 'skos:ConceptScheme'
 */
export function jsonLdDocument(concepts: readonly Concept[], scheme: SchemeInfo): { '@context': Record<string, string>; '@graph': Record<string, unknown>[] } {
  const nodes = new Map<string, Record<string, unknown>>();
  const compact = (iri: string) => {
    for (const [prefix, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns)) return `${prefix}:${iri.slice(ns.length)}`;
    return iri;
  };
  for (const q of skosQuads(concepts, scheme)) {
    let node = nodes.get(q.subject.value);
    if (!node) nodes.set(q.subject.value, (node = { '@id': q.subject.value }));
    if (q.predicate.equals(a)) {
      node['@type'] = compact(q.object.value);
      continue;
    }
    const value: JsonLdValue =
      q.object.termType === 'Literal'
        ? { '@value': q.object.value, ...(q.object.language ? { '@language': q.object.language } : q.object.datatype.value !== `${PREFIXES.xsd}string` ? { '@type': compact(q.object.datatype.value) } : {}) }
        : { '@id': q.object.value };
    const key = compact(q.predicate.value);
    node[key] = [...((node[key] as JsonLdValue[] | undefined) ?? []), value];
  }
  return { '@context': { ...PREFIXES }, '@graph': [...nodes.values()] };
}

/**
 * One concept's SKOS data as JSON-LD, for its pages: the terms with their status
 * (prefLabel, altLabel, hiddenLabel) in the languages given, and the scheme with its licence.
 * @example conceptJsonLd({ id: 'vendor', url: 'https://x.org/concepts/vendor/', topics: [], related: [], languages: [{ lang: 'sv', title: 'Leverantör', terms: [{ term: 'leverantör', status: 'preferred' }], definition: 'D.', url: 'https://x.org/sv/vendor/' }] }, { iri: 'https://x.org/concepts/', titles: { nb: 'A', sv: 'B', en: 'C' } }, ['sv'])['@graph'][1]['skos:prefLabel'] // [{ '@value': 'leverantör', '@language': 'sv' }]
 */
export function conceptJsonLd(concept: Concept, scheme: SchemeInfo, langs?: readonly Locale[]): ReturnType<typeof jsonLdDocument> {
  const languages = langs ? concept.languages.filter((l) => langs.includes(l.lang)) : concept.languages;
  return jsonLdDocument([{ ...concept, languages }], scheme);
}
