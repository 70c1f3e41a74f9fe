import { ContractError } from '@usm/errors';
import { allTopics } from '../catalog/topic-lookup';
import { loadValueSchema } from '../schemas/load-value-schema';
import { checkCompatibility } from './check-compatibility';
import { comparisonsOf } from './compatibility-level';
import { eventWith, severityV1 } from './compatibility-fixtures';

// v1 has severity as an enum; v2 drops it; v3 brings it back as a string without a default.
const v1 = eventWith(severityV1);
const v2 = eventWith();
const v3 = eventWith({ name: 'severity', type: 'string' });

describe('checkCompatibility: levels', () => {
  it('compares BACKWARD and FORWARD with the latest previous schema only', () => {
    expect(checkCompatibility(v3, [v1, v2], 'BACKWARD')).toMatchObject([{ rule: 'new field without default', previousIndex: 1 }]);
    expect(checkCompatibility(v2, [v2, v1], 'FORWARD')).toMatchObject([{ rule: 'removed field without default', previousIndex: 1 }]);
    expect(checkCompatibility(v2, [v1, v2], 'FORWARD')).toEqual([]);
  });

  it('compares the _TRANSITIVE levels with every previous schema, naming the newest conflict', () => {
    expect(checkCompatibility(v2, [v1], 'BACKWARD_TRANSITIVE')).toEqual([]);
    const problems = checkCompatibility(v3, [v2, v1, v2], 'BACKWARD_TRANSITIVE');
    expect(problems.map((p) => [p.field, p.rule, p.previousIndex])).toEqual([
      ['RawSafetyEvent.severity', 'new field without default', 2],
      ['RawSafetyEvent.severity', 'type changed', 1],
    ]);
    expect(checkCompatibility(v1, [v3, v2], 'FORWARD_TRANSITIVE')).toMatchObject([{ field: 'RawSafetyEvent.severity', rule: 'type changed' }]);
  });

  it('checks both directions for FULL', () => {
    const problems = checkCompatibility(v2, [v1], 'FULL');
    expect(problems.map((p) => p.direction)).toEqual(['forward']);
    expect(checkCompatibility(v1, [v2], 'FULL_TRANSITIVE').map((p) => p.direction)).toEqual(['backward']);
  });

  it('accepts anything at NONE and anything as a first schema', () => {
    expect(checkCompatibility(v3, [v1], 'NONE')).toEqual([]);
    expect(checkCompatibility(v3, [], 'BACKWARD_TRANSITIVE')).toEqual([]);
  });

  it('lists the comparisons of each level, newest first', () => {
    expect(comparisonsOf('BACKWARD', 3)).toEqual([{ previousIndex: 2, direction: 'backward' }]);
    expect(comparisonsOf('FULL_TRANSITIVE', 2)).toEqual([
      { previousIndex: 1, direction: 'backward' },
      { previousIndex: 1, direction: 'forward' },
      { previousIndex: 0, direction: 'backward' },
      { previousIndex: 0, direction: 'forward' },
    ]);
  });

  it('throws a ContractError for a schema that is not valid Avro', () => {
    const invalid = eventWith({ name: 'severity', type: 'int', default: 'high' });
    expect(() => checkCompatibility(invalid, [v1], 'BACKWARD')).toThrow(ContractError);
  });

  it.each(allTopics().map((t) => [t.name, t] as const))('%s: the repository schema is fully compatible with itself', (_n, topic) => {
    expect(checkCompatibility(loadValueSchema(topic), [loadValueSchema(topic)], 'FULL_TRANSITIVE')).toEqual([]);
  });
});
