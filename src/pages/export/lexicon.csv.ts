// /export/lexicon.csv: the whole termbase, one row per term, src/lib/termbase/csv.ts (docs/api.md).
import { exportRoute } from '../../data/termbase.ts';

export const GET = exportRoute('csv');
