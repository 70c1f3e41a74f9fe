import fc from 'fast-check';
import { sourceEvents } from '../../testing/event-arbitraries';
import { ageDimension } from './age-dimension';
import { encodeKeys } from './dimension';
import { districtDimension } from './district-dimension';
import { h3Dimension } from './h3-dimension';
import type { Tuples } from './lattice-node';
import { evaluateNode } from './lattice-node';
import { searchLattice } from './lattice-search';
import { timeDimension } from './time-dimension';

const targets = fc.record({ k: fc.integer({ min: 2, max: 5 }), l: fc.integer({ min: 1, max: 2 }), maxSuppression: fc.constantFrom(0, 0.1, 0.3) });

describe('searchLattice', () => {
  it('finds the least information loss of all nodes that meet the targets, as an exhaustive search does', () => {
    fc.assert(
      fc.property(sourceEvents(150), targets, (events, t) => {
        const dimensions = [
          h3Dimension(events.map((e) => e.h3Cell), events.map((e) => e.h3Resolution)),
          timeDimension(events.map((e) => e.occurredAtBucketStart), events.map((e) => e.bucketWidthMinutes)),
          ageDimension(events.map((e) => e.ageBand)),
          districtDimension(events.map((e) => e.district)),
        ];
        const sensitive = encodeKeys(events.map((e) => e.subCategory));
        const rows: Tuples = { node: [0, 0, 0, 0], count: events.length, columns: dimensions.map((d) => d.codes), sensitive: sensitive.codes, sensitiveCount: sensitive.distinct.length, weight: null };
        const result = searchLattice(dimensions, rows, events.length, t);
        const allowed = Math.floor(t.maxSuppression * events.length + 1e-9);
        let exhaustive = Number.POSITIVE_INFINITY;
        for (const h of dimensions[0]?.levels.keys() ?? [])
          for (const m of dimensions[1]?.levels.keys() ?? [])
            for (const a of dimensions[2]?.levels.keys() ?? [])
              for (const d of [0, 1]) {
                const evaluation = evaluateNode(dimensions, rows, [h, m, a, d], t);
                if (evaluation.suppressed <= allowed) exhaustive = Math.min(exhaustive, evaluation.loss);
              }
        if (result.best === null) expect(exhaustive).toBe(Number.POSITIVE_INFINITY);
        else expect(result.best.loss).toBeCloseTo(exhaustive, 12);
      }),
      { numRuns: 40 },
    );
  });
});
