// Reads the termbase exports back with real parsers (an XML DOM parser, an RDF parser, a CSV
// parser), checks the TBX-Basic structure rules, and says what each file claims about every
// concept, so tests can compare the files with the articles and with each other.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { Parser, type Quad } from 'n3';
import { CSV_COLUMNS } from '../../src/lib/termbase/csv.ts';
import { designationsOf } from '../../src/lib/termbase/terms.ts';
import type { ArticleData } from '../../src/lib/articles/schema.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';

export const TBX_NS = 'urn:iso:std:iso:30042:ed-2';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const DCT = 'http://purl.org/dc/terms/';
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

/** What an export says about one concept in one language: its terms with status, its definition. */
export interface LanguageClaim {
  terms: string[];
  definition: string;
}
/** `{ [conceptId]: { [lang]: claim } }`, terms as `status:term`, sorted. */
export type Claims = Record<string, Partial<Record<Locale, LanguageClaim>>>;

const claim = (terms: string[], definition: string): LanguageClaim => ({ terms: terms.sort(), definition });

/** What the articles say: the truth every export must agree with. */
export function claimsOfArticles(articles: readonly { lang: Locale; id: string; data: ArticleData }[]): Claims {
  const claims: Claims = {};
  for (const a of articles) (claims[a.id] ??= {})[a.lang] = claim(designationsOf(a.data).map((t) => `${t.status}:${t.term}`), a.data.description);
  return claims;
}

// TBX-Basic's picklists (TBX-Basic dialect, DCA style).
const PICKLISTS: Record<string, readonly string[]> = {
  administrativeStatus: ['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts'],
  termType: ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'],
  partOfSpeech: ['adjective', 'noun', 'other', 'verb', 'adverb'],
  grammaticalGender: ['masculine', 'feminine', 'neuter', 'other'],
};
const STATUS_OF: Record<string, string> = { 'preferredTerm-admn-sts': 'preferred', 'admittedTerm-admn-sts': 'admitted', 'deprecatedTerm-admn-sts': 'deprecated' };
/** Elements a langSec or conceptEntry may hold before its langSecs/termSecs (TBX core "auxInfo"). */
const AUX = ['admin', 'adminGrp', 'descrip', 'descripGrp', 'transacGrp', 'note', 'ref', 'xref'];

const children = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const text = (el: Element | undefined) => el?.textContent ?? '';

/**
 * Parses a TBX file with a real, namespace-aware XML parser (any well-formedness error throws)
 * and checks it against TBX-Basic's structure: returns the problems found and the claims made.
 */
export function readTbx(xml: string): { problems: string[]; claims: Claims; header: string; ids: string[] } {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { throw new Error(`TBX is not well-formed XML (${level}): ${message}`); } }).parseFromString(xml, 'application/xml');
  const root = doc.documentElement!;
  const where = (el: Element, what: string) => problems.push(`${el.getAttribute('id') ?? el.tagName}: ${what}`);
  if (root.localName !== 'tbx' || root.namespaceURI !== TBX_NS) problems.push(`root is {${root.namespaceURI}}${root.localName}, not {${TBX_NS}}tbx`);
  if (root.getAttribute('type') !== 'TBX-Basic') problems.push('tbx@type is not TBX-Basic');
  if (root.getAttribute('style') !== 'dca') problems.push('tbx@style is not dca');
  if (!root.getAttributeNS(XML_NS, 'lang')) problems.push('tbx has no xml:lang');
  // DCA style: every element in the TBX namespace (no DCT-style elements from other namespaces).
  for (const el of Array.from(doc.getElementsByTagName('*'))) if (el.namespaceURI !== TBX_NS) problems.push(`element ${el.tagName} is outside the TBX namespace`);

  const [header, textEl, ...rest] = children(root);
  if (header?.localName !== 'tbxHeader' || textEl?.localName !== 'text' || rest.length) problems.push('tbx must hold tbxHeader then text');
  const fileDesc = header && children(header)[0];
  if (fileDesc?.localName !== 'fileDesc') problems.push('tbxHeader must start with fileDesc');
  const headerText = text(fileDesc);
  if (!fileDesc || !children(fileDesc).some((c) => c.localName === 'sourceDesc')) problems.push('fileDesc needs a sourceDesc');
  if (!headerText.includes(CC_BY)) problems.push('the header does not name the licence');

  const body = textEl && children(textEl).find((c) => c.localName === 'body');
  const entries = body ? children(body) : [];
  const ids = entries.map((e) => e.getAttribute('id') ?? '');
  const idSet = new Set(ids);
  if (idSet.size !== ids.length) problems.push('conceptEntry ids are not unique');
  const claims: Claims = {};
  for (const entry of entries) {
    if (entry.localName !== 'conceptEntry') { where(entry, 'body holds something other than conceptEntry'); continue; }
    const id = entry.getAttribute('id') ?? '';
    if (!/^[A-Za-z_][\w.-]*$/.test(id)) where(entry, 'id is not an XML NCName');
    const parts = children(entry);
    const firstLang = parts.findIndex((p) => p.localName === 'langSec');
    if (firstLang < 0) where(entry, 'no langSec');
    parts.forEach((p, i) => {
      if (i < firstLang && !AUX.includes(p.localName!)) where(entry, `${p.localName} may not come before the langSecs`);
      if (i > firstLang && p.localName !== 'langSec') where(entry, `${p.localName} after a langSec`);
      if (p.localName === 'ref' && p.getAttribute('type') === 'crossReference' && !idSet.has(p.getAttribute('target') ?? '')) where(entry, `crossReference to missing ${p.getAttribute('target')}`);
    });
    const langs = new Set<string>();
    for (const langSec of parts.filter((p) => p.localName === 'langSec')) {
      const lang = langSec.getAttributeNS(XML_NS, 'lang') as Locale;
      if (!lang) where(entry, 'langSec without xml:lang');
      if (langs.has(lang)) where(entry, `two langSecs for ${lang}`);
      langs.add(lang);
      const items = children(langSec);
      const firstTerm = items.findIndex((p) => p.localName === 'termSec');
      if (firstTerm < 0) where(entry, `${lang}: langSec without termSec`);
      items.forEach((p, i) => {
        if (i < firstTerm && !AUX.includes(p.localName!)) where(entry, `${lang}: ${p.localName} may not be in a langSec`);
        if (i > firstTerm && p.localName !== 'termSec') where(entry, `${lang}: ${p.localName} after a termSec`);
      });
      const definitionGroup = items.find((p) => p.localName === 'descripGrp' && children(p)[0]?.getAttribute('type') === 'definition');
      const definition = definitionGroup ? children(definitionGroup)[0]! : undefined;
      if (!definition) where(entry, `${lang}: no definition`);
      if (definitionGroup && !children(definitionGroup).some((c) => c.localName === 'admin' && c.getAttribute('type') === 'source' && /^https?:\/\//.test(text(c)))) where(entry, `${lang}: the definition has no source`);
      const terms: string[] = [];
      let preferred = 0;
      for (const termSec of items.filter((p) => p.localName === 'termSec')) {
        const [term, ...after] = children(termSec);
        if (term?.localName !== 'term' || !text(term).trim()) { where(entry, `${lang}: termSec does not start with a term`); continue; }
        const notes = after.filter((n) => n.localName === 'termNote');
        const lastNote = after.map((n) => n.localName).lastIndexOf('termNote');
        if (after.slice(0, lastNote + 1).some((n) => n.localName !== 'termNote')) where(entry, `${lang}: "${text(term)}": termNotes must follow the term`);
        if (after.some((n) => !['termNote', 'note', 'descrip', 'descripGrp', 'admin', 'adminGrp', 'transacGrp', 'ref', 'xref'].includes(n.localName!))) where(entry, `${lang}: "${text(term)}": unknown element in termSec`);
        for (const n of notes) {
          const type = n.getAttribute('type') ?? '';
          if (!PICKLISTS[type]) where(entry, `${lang}: "${text(term)}": termNote type "${type}" is not TBX-Basic`);
          else if (!PICKLISTS[type].includes(text(n))) where(entry, `${lang}: "${text(term)}": ${type} "${text(n)}" is not in TBX-Basic's picklist`);
        }
        const statuses = notes.filter((n) => n.getAttribute('type') === 'administrativeStatus');
        if (statuses.length !== 1) where(entry, `${lang}: "${text(term)}" has ${statuses.length} administrativeStatus`);
        const status = STATUS_OF[text(statuses[0])] ?? '?';
        if (status === 'preferred') preferred++;
        terms.push(`${status}:${text(term)}`);
      }
      if (preferred !== 1) where(entry, `${lang}: ${preferred} preferred terms`);
      (claims[id] ??= {})[lang] = claim(terms, text(definition));
    }
  }
  return { problems, claims, header: headerText, ids };
}

/** Parses Turtle (or N-Triples) with n3; a syntax error throws. */
export function readTurtle(turtle: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(turtle);
}

/** What the SKOS triples claim, and the SKOS rules they break (one prefLabel per language per concept; labels disjoint). */
export function skosClaims(quads: readonly Quad[]): { problems: string[]; claims: Claims; schemes: string[]; licences: string[] } {
  const problems: string[] = [];
  const claims: Claims = {};
  const type = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  const concepts = quads.filter((q) => q.predicate.value === type && q.object.value === `${SKOS}Concept`).map((q) => q.subject.value);
  const schemes = quads.filter((q) => q.predicate.value === type && q.object.value === `${SKOS}ConceptScheme`).map((q) => q.subject.value);
  const licences = quads.filter((q) => schemes.includes(q.subject.value) && q.predicate.value === `${DCT}license`).map((q) => q.object.value);
  const STATUS: Record<string, string> = { [`${SKOS}prefLabel`]: 'preferred', [`${SKOS}altLabel`]: 'admitted', [`${SKOS}hiddenLabel`]: 'deprecated' };
  for (const iri of concepts) {
    const about = quads.filter((q) => q.subject.value === iri);
    const id = about.find((q) => q.predicate.value === `${SKOS}notation`)?.object.value ?? iri;
    const byLang = new Map<Locale, { terms: string[]; definitions: string[]; labels: Map<string, string> }>();
    for (const q of about) {
      if (q.object.termType !== 'Literal' || !q.object.language) continue;
      const lang = q.object.language as Locale;
      const entry = byLang.get(lang) ?? { terms: [] as string[], definitions: [] as string[], labels: new Map<string, string>() };
      byLang.set(lang, entry);
      const status = STATUS[q.predicate.value];
      if (status) {
        if (entry.labels.has(q.object.value)) problems.push(`${id} ${lang}: "${q.object.value}" is both ${entry.labels.get(q.object.value)} and ${status}`);
        entry.labels.set(q.object.value, status);
        entry.terms.push(`${status}:${q.object.value}`);
      }
      if (q.predicate.value === `${SKOS}definition`) entry.definitions.push(q.object.value);
    }
    for (const [lang, entry] of byLang) {
      const prefs = entry.terms.filter((t) => t.startsWith('preferred:')).length;
      if (prefs !== 1) problems.push(`${id} ${lang}: ${prefs} prefLabels`);
      if (entry.definitions.length !== 1) problems.push(`${id} ${lang}: ${entry.definitions.length} definitions`);
      (claims[id] ??= {})[lang] = claim(entry.terms, entry.definitions[0] ?? '');
    }
    if (!about.some((q) => q.predicate.value === `${SKOS}inScheme` && schemes.includes(q.object.value))) problems.push(`${id}: not in the scheme`);
  }
  return { problems, claims, schemes, licences };
}

/** The JSON-LD export as triples (it uses only prefixed names, `@id`, `@type`, and value objects), for comparison with the Turtle. */
export function jsonLdTriples(doc: { '@context': Record<string, string>; '@graph': Record<string, unknown>[] }): string[] {
  const expand = (name: string) => {
    const [prefix, local] = name.split(':');
    return doc['@context'][prefix!] !== undefined ? doc['@context'][prefix!] + local : name;
  };
  const out: string[] = [];
  for (const node of doc['@graph']) {
    const subject = node['@id'] as string;
    for (const [key, values] of Object.entries(node)) {
      if (key === '@id') continue;
      if (key === '@type') { out.push(`${subject} http://www.w3.org/1999/02/22-rdf-syntax-ns#type ${expand(values as string)}`); continue; }
      for (const v of values as Record<string, string>[]) {
        const object = v['@id'] ?? `"${v['@value']}"${v['@language'] ? `@${v['@language']}` : v['@type'] ? `^^${expand(v['@type'])}` : ''}`;
        out.push(`${subject} ${expand(key)} ${object}`);
      }
    }
  }
  return out.sort();
}

/** Turtle triples in the same shape as jsonLdTriples. */
export function turtleTriples(quads: readonly Quad[]): string[] {
  const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
  return quads
    .map((q) => {
      const o = q.object;
      const object = o.termType === 'Literal' ? `"${o.value}"${o.language ? `@${o.language}` : o.datatype.value !== XSD_STRING ? `^^${o.datatype.value}` : ''}` : o.value;
      return `${q.subject.value} ${q.predicate.value} ${object}`;
    })
    .sort();
}

/** Parses the CSV export with csv-parse (BOM, quoting, CRLF) into rows keyed by the header. */
export function readCsv(csv: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parseCsv(csv, { bom: true }) as string[][];
  const [header = [], ...rest] = records;
  return { header, rows: rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/** What the CSV claims. */
export function csvClaims(rows: readonly Record<string, string>[]): Claims {
  const claims: Claims = {};
  for (const row of rows) {
    const lang = row.language as Locale;
    const entry = ((claims[row.concept_id!] ??= {})[lang] ??= { terms: [], definition: row.definition! });
    entry.terms.push(`${row.status}:${row.term}`);
    entry.terms.sort();
  }
  return claims;
}

export { CSV_COLUMNS };
