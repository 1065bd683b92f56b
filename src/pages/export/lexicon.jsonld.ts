// /export/lexicon.jsonld: the whole termbase, SKOS in JSON-LD (the same triples as lexicon.ttl), src/lib/termbase/skos.ts (docs/api.md).
import { exportRoute } from '../../data/termbase.ts';

export const GET = exportRoute('jsonld');
