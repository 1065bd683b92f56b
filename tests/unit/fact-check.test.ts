import { describe, expect, it } from 'vitest';
import { factChecksDue } from '../../src/lib/articles/fact-check.ts';

const today = new Date('2026-12-06');
const d = (s: string) => new Date(s);

describe('factChecksDue', () => {
  it('lists articles never checked, checked over 12 months ago, or with figures for a past year, oldest first', () => {
    const due = factChecksDue(
      [
        { id: 'fresh', lang: 'nb', title: 'Fresh', checked: d('2026-12-06'), figureYears: [2026] },
        { id: 'old', lang: 'nb', title: 'Old', checked: d('2025-11-30'), figureYears: [] },
        { id: 'never', lang: 'nb', title: 'Never', figureYears: [] },
        { id: 'stale-figures', lang: 'nb', title: 'Stale', checked: d('2026-03-01'), figureYears: [2025, 2026, 2024] },
        { id: 'year-old', lang: 'nb', title: 'Exactly a year', checked: d('2025-12-06'), figureYears: [] },
      ],
      today,
    );
    expect(due.nb.map((a) => a.id)).toEqual(['never', 'old', 'stale-figures']);
    expect(due.nb[2]).toMatchObject({ checkExpired: false, pastYears: [2024, 2025] });
    expect(due.nb[0].checkExpired).toBe(true);
    expect(due.sv).toEqual([]);
  });
});
