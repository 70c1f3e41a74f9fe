import fc from 'fast-check';
import { measureAnonymity } from '../anonymity/measure-anonymity';
import { definitionDocument } from '../definition/dataset-definition.spec-fixtures';
import { parseDatasetDefinition } from '../definition/parse-dataset-definition';
import { sourceEvents } from '../../testing/event-arbitraries';
import { buildRows } from './build-rows';

const targets = fc.record({ k: fc.integer({ min: 2, max: 6 }), l: fc.integer({ min: 1, max: 3 }), maxSuppression: fc.constantFrom(0, 0.05, 0.2) });
const definitionWith = (t: { k: number; l: number; maxSuppression: number }, extra: Record<string, unknown> = {}) =>
  parseDatasetDefinition(definitionDocument({ ...t, l: Math.min(t.l, t.k), ...extra }));

describe('buildRows: anonymity of every published release', () => {
  it('gives every equivalence class at least k rows and l distinct sensitive values, within the suppression allowed', () => {
    let published = 0;
    fc.assert(
      fc.property(sourceEvents(), targets, (events, t) => {
        const definition = definitionWith(t);
        const outcome = buildRows(definition, events, [], new Set());
        if (!outcome.ok) return;
        published++;
        const measured = measureAnonymity(outcome.rows, definition.quasiIdentifiers, definition.sensitiveColumn);
        expect(measured.k).toBeGreaterThanOrEqual(definition.k);
        expect(measured.l).toBeGreaterThanOrEqual(definition.l);
        expect(measured).toEqual({ k: outcome.report.anonymity.k, l: outcome.report.anonymity.l });
        expect(outcome.report.anonymity.suppressionRate).toBeLessThanOrEqual(definition.maxSuppression);
        expect(outcome.rows.length + outcome.report.anonymity.suppressed).toBe(events.length);
      }),
      { numRuns: 150 },
    );
    expect(published).toBeGreaterThan(25);
  });

  it('refuses only with figures that show why: nothing to release, or more suppression than allowed even at the top', () => {
    fc.assert(
      fc.property(sourceEvents(60), targets, (events, t) => {
        const outcome = buildRows(definitionWith(t), events, [], new Set());
        if (outcome.ok) return;
        if (outcome.reason === 'noRows') expect(outcome.report.counts.input).toBe(0);
        else expect(outcome.report.anonymity.suppressionRate).toBeGreaterThan(t.maxSuppression);
      }),
      { numRuns: 100 },
    );
  });

  it('holds with any subset of quasi-identifiers and another sensitive column', () => {
    const qis = fc.subarray(['h3Cell', 'timeBucket', 'ageBand', 'district'] as const, { minLength: 1 });
    fc.assert(
      fc.property(sourceEvents(120), targets, qis, (events, t, quasiIdentifiers) => {
        const definition = definitionWith(t, { quasiIdentifiers, sensitiveColumn: 'severity' });
        const outcome = buildRows(definition, events, [], new Set());
        if (!outcome.ok) return;
        const measured = measureAnonymity(outcome.rows, quasiIdentifiers, 'severity');
        expect(measured.k).toBeGreaterThanOrEqual(definition.k);
        expect(measured.l).toBeGreaterThanOrEqual(definition.l);
      }),
      { numRuns: 80 },
    );
  });

  it('generalises only as far as needed: ten events sharing every value keep their cell and bucket', () => {
    const events = fc.sample(sourceEvents(1), 30).flat().slice(0, 1);
    const one = events[0];
    if (one === undefined) throw new Error('no sample');
    const same = Array.from({ length: 10 }, (_, i) => ({ ...one, eventId: `00000000-0000-4000-8000-00000000000${i}`, subCategory: i % 2 ? 'pothole' : 'carAccident', category: 'traffic' }));
    const outcome = buildRows(definitionWith({ k: 5, l: 2, maxSuppression: 0 }), same, [], new Set());
    expect(outcome.ok).toBe(true);
    expect(outcome.report.anonymity).toMatchObject({ k: 10, l: 2, suppressed: 0, informationLoss: 0, generalisation: { h3Resolution: 9, timeBucketMinutes: 15, districtKept: true } });
  });
});
