// /export/lexicon.tbx: the whole termbase, TBX-Basic (TBX v3, DCA style), src/lib/termbase/tbx.ts (docs/api.md).
import { exportRoute } from '../../data/termbase.ts';

export const GET = exportRoute('tbx');
