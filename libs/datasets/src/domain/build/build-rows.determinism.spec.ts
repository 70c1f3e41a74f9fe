import fc from 'fast-check';
import { definitionDocument } from '../definition/dataset-definition.spec-fixtures';
import { parseDatasetDefinition } from '../definition/parse-dataset-definition';
import { sourceEvents } from '../../testing/event-arbitraries';
import { syntheticLabels } from '../../testing/synthetic-events';
import { buildRows } from './build-rows';

const definition = parseDatasetDefinition(definitionDocument({ k: 3, l: 1, maxSuppression: 0.2 }));
const shuffled = <T>(values: readonly T[], seed: number): T[] => {
  const copy = [...values];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

describe('buildRows: determinism, splits, exclusion and pseudonyms', () => {
  it('gives identical rows, lineage and report for the same input in any order', () => {
    fc.assert(
      fc.property(sourceEvents(), fc.integer({ min: 1, max: 1_000_000 }), (events, seed) => {
        const labels = syntheticLabels(events, { share: 0.5 });
        const first = buildRows(definition, events, labels, new Set());
        const again = buildRows(definition, shuffled(events, seed), shuffled(labels, seed + 1), new Set());
        expect(again).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });

  it('orders rows train, validation, test with gap-free zero-padded row ids', () => {
    fc.assert(
      fc.property(sourceEvents(), (events) => {
        const outcome = buildRows(definition, events, [], new Set());
        if (!outcome.ok) return;
        const order = { train: 0, validation: 1, test: 2 };
        const splits = outcome.rows.map((r) => order[r.split]);
        expect(splits).toEqual([...splits].sort((a, b) => a - b));
        const counters = { train: 0, validation: 0, test: 0 };
        for (const row of outcome.rows) expect(row.rowId).toBe(`${row.split}-${String(counters[row.split]++).padStart(7, '0')}`);
        expect(outcome.lineage.map((l) => l.rowId)).toEqual(outcome.rows.map((r) => r.rowId));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every event in its split when events are added in a later version', () => {
    fc.assert(
      fc.property(sourceEvents(120), sourceEvents(80), (before, added) => {
        const known = new Set(before.map((e) => e.eventId));
        const later = [...before, ...added.filter((e) => !known.has(e.eventId))];
        const v1 = buildRows(definition, before, [], new Set());
        const v2 = buildRows(definition, later, [], new Set());
        if (!v1.ok || !v2.ok) return;
        const splitInV2 = new Map(v2.rows.map((r) => [r.eventId, r.split]));
        for (const row of v1.rows) if (splitInV2.has(row.eventId)) expect(splitInV2.get(row.eventId)).toBe(row.split);
      }),
      { numRuns: 60 },
    );
  });

  it('never releases an excluded event, and counts it', () => {
    fc.assert(
      fc.property(sourceEvents(), fc.integer({ min: 0, max: 10 }), (events, every) => {
        const excluded = new Set(events.filter((_, i) => every > 0 && i % every === 0).map((e) => e.eventId));
        const outcome = buildRows(definition, events, [], excluded);
        expect(outcome.report.counts.excluded).toBe(excluded.size);
        if (outcome.ok) expect(outcome.rows.some((r) => excluded.has(r.eventId))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('writes no pseudonym into rows or lineage', () => {
    fc.assert(
      fc.property(sourceEvents(), (events) => {
        const outcome = buildRows(definition, events, [], new Set());
        if (!outcome.ok) return;
        const text = JSON.stringify([outcome.rows, outcome.lineage]);
        expect(text).not.toContain('hmac-sha256:');
        expect(outcome.rows.every((r) => !('reporterPseudonym' in r))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('joins the preferred label and traces every row to its event and label positions', () => {
    fc.assert(
      fc.property(sourceEvents(), (events) => {
        const labels = syntheticLabels(events, { share: 0.7 });
        const outcome = buildRows(definition, events, labels, new Set());
        if (!outcome.ok) return;
        const byId = new Map(events.map((e) => [e.eventId, e]));
        outcome.rows.forEach((row, i) => {
          const lineage = outcome.lineage[i];
          expect(lineage?.event).toEqual({ ...byId.get(row.eventId)?.position, eventId: row.eventId });
          const label = labels.find((l) => l.labelId === lineage?.label?.labelId);
          expect(row.label).toBe(label?.label ?? null);
          if (label) expect(labels.filter((l) => l.eventId === row.eventId && l.labellerKind === 'human').length === 0 || label.labellerKind === 'human').toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('drops duplicates (keeping the lowest position), events outside the sources and outside the window', () => {
    const [events] = fc.sample(sourceEvents(40), { numRuns: 1, seed: 7 });
    const all = events ?? [];
    const copy = all.map((e) => ({ ...e, position: { ...e.position, partition: e.position.partition + 5 } }));
    const foreign = all.map((e, i) => ({ ...e, eventId: `f-${i}`, position: { ...e.position, topic: 'barcelona.safety.events.anonymised.v1' } }));
    const windowed = parseDatasetDefinition(definitionDocument({ k: 2, l: 1, maxSuppression: 0.5, sources: { events: ['safety.events.anonymised.v1'] }, filters: { until: 0 } }));
    expect(buildRows(windowed, [...all, ...copy, ...foreign], [], new Set()).report.counts).toMatchObject({ read: all.length * 3, outsideFilters: all.length * 3, input: 0 });
    const open = parseDatasetDefinition(definitionDocument({ k: 2, l: 1, maxSuppression: 0.5, sources: { events: ['safety.events.anonymised.v1'] } }));
    const outcome = buildRows(open, [...copy, ...foreign, ...all], [], new Set());
    expect(outcome.report.counts).toMatchObject({ duplicates: all.length, outsideFilters: all.length, input: all.length });
    if (outcome.ok) for (const l of outcome.lineage) expect(l.event.partition).toBeLessThan(5);
  });
});
