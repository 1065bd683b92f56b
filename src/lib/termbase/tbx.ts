import { create } from 'xmlbuilder2';
import type { TermEntry } from '../articles/schema.ts';
import { topicName } from '../i18n/topics.ts';
import { type Concept, isoDay, lexiconDate } from './concepts.ts';
import { CONTENT_LICENCE, licenceLine } from './licence.ts';

/**
 * TBX-Basic in TBX v3's DCA style (ISO 30042:2019; https://www.tbxinfo.net/): the file
 * translation tools (Trados MultiTerm, memoQ, Phrase, Wordfast, Okapi) import as a termbase.
 * Written with xmlbuilder2, which escapes text and attributes and keeps the document
 * well-formed by construction.
 */

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** The TBX-Basic dialect's published schemas, named in `xml-model` instructions so a validator can find them. */
const SCHEMAS = {
  rng: 'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng',
  sch: 'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch',
};

/** TBX's administrativeStatus values for our statuses. */
export const ADMINISTRATIVE_STATUS = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
} as const satisfies Record<TermEntry['status'], string>;

/**
 * TBX-Basic's picklists are smaller than our fields: Swedish common gender (utrum) has no
 * value of its own there and becomes `other`, and a proper noun is a `noun`.
 */
const GENDER = { masculine: 'masculine', feminine: 'feminine', neuter: 'neuter', common: 'other' } as const;
const PART_OF_SPEECH = { noun: 'noun', verb: 'verb', adjective: 'adjective', adverb: 'adverb', properNoun: 'noun', other: 'other' } as const;

export interface TbxHeader {
  /** The site's name, as the title of the file. */
  title: string;
  /** The site's address. */
  site: string;
}

/**
 * The whole termbase as a TBX-Basic document: a `conceptEntry` per concept (its id, subject
 * fields from the topics, cross-references to related concepts), a `langSec` per language
 * (the definition with its source), a `termSec` per term (status, type, grammar, note).
 * @example tbxDocument([], { title: 'Outsourcing Lexicon', site: 'https://outsourcing-lexicon.org/' }) // '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model …<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">…<title>Outsourcing Lexicon</title>…'
 */
export function tbxDocument(concepts: readonly Concept[], header: TbxHeader): string {
  const version = lexiconDate(concepts);
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
    .ins('xml-model', `href="${SCHEMAS.rng}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"`)
    .ins('xml-model', `href="${SCHEMAS.sch}" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"`);
  const tbx = doc.ele(TBX_NAMESPACE, 'tbx', { type: 'TBX-Basic', style: 'dca' }).att(XML_NAMESPACE, 'xml:lang', 'en');
  const fileDesc = tbx.ele('tbxHeader').ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title').txt(header.title);
  const publication = fileDesc.ele('publicationStmt');
  publication.ele('p').txt(licenceLine(header.title));
  publication.ele('p').txt(`Licence: ${CONTENT_LICENCE.name} ${CONTENT_LICENCE.url}`);
  if (version) publication.ele('p').txt(`Version: ${isoDay(version)}`);
  fileDesc.ele('sourceDesc').ele('p').txt(`Exported from ${header.site}: ${concepts.length} concepts, each with its article in every language it is written in.`);

  const body = tbx.ele('text').ele('body');
  const ids = new Map(concepts.map((c) => [c.id, xmlId(c.id)]));
  for (const concept of concepts) {
    const entry = body.ele('conceptEntry', { id: ids.get(concept.id)! });
    for (const topic of concept.topics) entry.ele('descrip', { type: 'subjectField' }).txt(topicName(topic, 'en'));
    entry.ele('xref', { type: 'externalCrossReference', target: concept.url }).txt(concept.id);
    for (const rel of concept.related) entry.ele('ref', { type: 'crossReference', target: ids.get(rel)! }).txt(rel);
    for (const language of concept.languages) {
      const langSec = entry.ele('langSec').att(XML_NAMESPACE, 'xml:lang', language.lang);
      const definition = langSec.ele('descripGrp');
      definition.ele('descrip', { type: 'definition' }).txt(language.definition);
      definition.ele('admin', { type: 'source' }).txt(language.url);
      if (language.equivalence) langSec.ele('note').txt(language.equivalence);
      for (const term of language.terms) {
        const termSec = langSec.ele('termSec');
        termSec.ele('term').txt(term.term);
        if (term.partOfSpeech) termSec.ele('termNote', { type: 'partOfSpeech' }).txt(PART_OF_SPEECH[term.partOfSpeech]);
        if (term.gender) termSec.ele('termNote', { type: 'grammaticalGender' }).txt(GENDER[term.gender]);
        if (term.type) termSec.ele('termNote', { type: 'termType' }).txt(term.type);
        termSec.ele('termNote', { type: 'administrativeStatus' }).txt(ADMINISTRATIVE_STATUS[term.status]);
        if (term.note) termSec.ele('note').txt(term.note);
      }
    }
  }
  return `${doc.end({ prettyPrint: true, indent: ' ' })}\n`;
}

/**
 * A concept id as an XML ID (an NCName may not start with a digit).
 * @example xmlId('f-tax') // 'f-tax'
 * @example xmlId('3pl') // 'c-3pl'
 */
export function xmlId(id: string): string {
  return /^[a-z_]/i.test(id) ? id : `c-${id}`;
}
