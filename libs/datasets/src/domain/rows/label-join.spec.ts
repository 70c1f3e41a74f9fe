import fc from 'fast-check';
import type { LabellerKind, SourceLabel } from './source-event';
import { joinLabels } from './label-join';

const topic = 'safety.labels.v1';
const label = (labelId: string, kind: LabellerKind, labelledAt: number, eventId = 'e1', offset = '0'): SourceLabel => ({
  position: { city: 'incheon', topic, partition: 0, offset },
  labelId,
  eventId,
  label: `${kind}-${labelledAt}`,
  confidence: 0.9,
  labellerKind: kind,
  labelledAt,
  guidelineVersion: 'g-1',
});

describe('joinLabels', () => {
  it('takes a human label over a later model label, and a model label over a later rule label', () => {
    expect(joinLabels([label('a', 'model', 20), label('b', 'human', 10)], new Set([topic])).get('e1')?.labelId).toBe('b');
    expect(joinLabels([label('a', 'rule', 20), label('b', 'model', 10)], new Set([topic])).get('e1')?.labelId).toBe('b');
  });

  it('takes the latest label of the same kind', () => {
    expect(joinLabels([label('a', 'human', 30), label('b', 'human', 10)], new Set([topic])).get('e1')?.labelId).toBe('a');
  });

  it('ignores labels from topics that are not a source of the definition', () => {
    const foreign = { ...label('a', 'human', 30), position: { city: 'barcelona', topic: 'barcelona.safety.labels.v1', partition: 0, offset: '0' } };
    expect(joinLabels([foreign], new Set([topic])).size).toBe(0);
  });

  it('chooses the same label whatever the order the labels were read in', () => {
    const labels = fc.array(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), kind: fc.constantFrom<LabellerKind>('human', 'model', 'rule'), at: fc.integer({ min: 0, max: 3 }), offset: fc.integer({ min: 0, max: 5 }) }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(labels, fc.context(), (raw, ctx) => {
        const all = raw.map((r) => label(r.id, r.kind, r.at, 'e1', String(r.offset)));
        const reversed = [...all].reverse();
        const chosen = joinLabels(all, new Set([topic])).get('e1');
        ctx.log(JSON.stringify(chosen));
        expect(joinLabels(reversed, new Set([topic])).get('e1')).toEqual(chosen);
      }),
    );
  });
});
