// The termbase of this build: the glossary's concepts with their terms, for the concept pages,
// the exports and the downloads page (src/lib/termbase/ has the logic).
import type { APIRoute } from 'astro';
import { conceptsOf, type Concept } from '../lib/termbase/concepts.ts';
import { exportDocument } from '../lib/termbase/exports.ts';
import { EXPORTS } from '../lib/termbase/formats.ts';
import type { ExportFormat } from '../lib/urls/urls.ts';
import { loadGlossary } from './collection.ts';

let concepts: Promise<Concept[]> | undefined;

/** Every concept, made once per build from the glossary. */
export function loadConcepts(site: URL): Promise<Concept[]> {
  concepts ??= loadGlossary().then((glossary) => conceptsOf(glossary, site));
  return concepts;
}

const documents = new Map<ExportFormat, Promise<string>>();

/** An export's text, made once per build: its endpoint serves it, the downloads pages give its size. */
export function loadExport(format: ExportFormat, site: URL): Promise<string> {
  let text = documents.get(format);
  if (!text) documents.set(format, (text = loadConcepts(site).then((all) => exportDocument(format, all, site))));
  return text;
}

/** The static endpoint of one export: `export const GET = exportRoute('tbx')` in src/pages/export/lexicon.tbx.ts. */
export function exportRoute(format: ExportFormat): APIRoute {
  return async ({ site }) => new Response(await loadExport(format, site!), { headers: { 'Content-Type': EXPORTS[format].mediaType } });
}
