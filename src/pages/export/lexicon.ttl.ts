// /export/lexicon.ttl: the whole termbase, SKOS in Turtle, src/lib/termbase/skos.ts (docs/api.md).
import { exportRoute } from '../../data/termbase.ts';

export const GET = exportRoute('ttl');
