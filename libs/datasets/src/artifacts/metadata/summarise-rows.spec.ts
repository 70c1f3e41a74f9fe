import fc from 'fast-check';
import { datasetRowArbitrary, sampleRows } from '../testing/dataset-rows.fixture';
import { summariseRows } from './summarise-rows';

describe('summariseRows', () => {
  it('spans the time buckets of the rows and counts labels per labeller kind', () => {
    const rows = sampleRows(12);
    const summary = summariseRows(rows);
    expect(summary.eventTimeWindow).toEqual({ from: 1_767_225_600_000, until: 1_767_225_600_000 + 3 * 3_600_000 + 60 * 60_000 });
    expect(summary.labelledRows).toEqual({ human: 2, model: 2, rule: 2 });
    expect(summary.unlabelledRows).toBe(6);
  });

  it('accounts for every row exactly once and has no window without rows (property)', () => {
    fc.assert(
      fc.property(fc.array(datasetRowArbitrary, { maxLength: 50 }), (rows) => {
        const s = summariseRows(rows);
        expect(s.labelledRows.human + s.labelledRows.model + s.labelledRows.rule + s.unlabelledRows).toBe(rows.length);
        expect(s.eventTimeWindow === null).toBe(rows.length === 0);
      }),
    );
  });
});
