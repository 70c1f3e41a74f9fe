import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LabellableEvent } from './rule-set.evaluator';
import { evaluateRuleSet } from './rule-set.evaluator';
import { parseRuleSet } from './rule-set.parser';

const ruleSet = parseRuleSet(readFileSync(resolve(__dirname, '../../../rule-sets/gwangju-child-commute.yaml'), 'utf8'));
// Monday 2 March 2026, 07:45 in Seoul (UTC+9) is Sunday 1 March, 22:45 UTC.
const mondaySchoolRun = Date.UTC(2026, 2, 1, 22, 45);
const event: LabellableEvent = {
  eventId: 'e-1',
  city: 'gwangju',
  category: 'traffic',
  subCategory: 'hazardOnRoad',
  severity: 'high',
  occurredAtBucketStart: mondaySchoolRun,
  h3Cell: '8a30c6ad8547fff', // resolution 10, inside the zone's resolution-9 cell 8930c6ad857ffff
  h3Resolution: 10,
};
const labels = (overrides: Partial<LabellableEvent>) => evaluateRuleSet(ruleSet, { ...event, ...overrides }, 1).map((l) => l.label);

describe('evaluateRuleSet', () => {
  it('labels speeding in a school zone on the school run, with the rule set as provenance', () => {
    expect(evaluateRuleSet(ruleSet, event, 1234)).toEqual([
      {
        eventId: 'e-1',
        city: 'gwangju',
        label: 'speedingNearSchool',
        ruleId: 'speeding-in-school-zone-on-the-school-run',
        provenance: { labellerKind: 'rule', labellerId: 'gwangju-child-commute', labellerVersion: '1', confidence: 0.9, guidelineVersion: 'child-commute-2026.1', labelledAt: 1234 },
      },
    ]);
  });

  it.each([
    ['outside the school run (Monday 10:00 Seoul)', { occurredAtBucketStart: Date.UTC(2026, 2, 2, 1, 0) }],
    ['on a Saturday at 07:45 Seoul', { occurredAtBucketStart: Date.UTC(2026, 2, 6, 22, 45) }],
    ['at 09:00 Seoul, the exclusive end', { occurredAtBucketStart: Date.UTC(2026, 2, 2, 0, 0) }],
    ['outside the school zone', { h3Cell: '8a30c6aca02ffff' }],
    ['in a cell coarser than the zone', { h3Cell: '8830c6ad85fffff', h3Resolution: 8 }],
    ['below the minimum severity', { severity: 'low' as const }],
    ['of another sub-category', { subCategory: 'trafficJam' }],
  ])('gives no label to an event %s', (_what, overrides) => {
    expect(labels(overrides)).toEqual([]);
  });

  it('labels at the inclusive start of a bucket, 07:30 Seoul', () => {
    expect(labels({ occurredAtBucketStart: Date.UTC(2026, 2, 1, 22, 30) })).toEqual(['speedingNearSchool']);
  });

  it('applies rules with no time or zone condition anywhere', () => {
    expect(labels({ subCategory: 'carWrongDirection', h3Cell: '8a30c6aca02ffff', occurredAtBucketStart: 0 })).toEqual(['carWrongDirection']);
  });

  it('gives one label per term, keeping the most confident rule', () => {
    const doubled = { ...ruleSet, rules: [...ruleSet.rules, { id: 'strict', label: 'speedingNearSchool', confidence: 0.99, when: { category: 'traffic' as const } }] };
    const found = evaluateRuleSet(doubled, event, 1);
    expect(found.map((l) => [l.label, l.ruleId, l.provenance.confidence])).toEqual([['speedingNearSchool', 'strict', 0.99]]);
  });

  it('reads time buckets in the rule set zone, daylight saving included (Barcelona)', () => {
    const barcelona = { ...ruleSet, timeZone: 'Europe/Madrid' };
    // Monday 29 June 2026 07:45 in Madrid (UTC+2 in summer) is 05:45 UTC.
    expect(evaluateRuleSet(barcelona, { ...event, occurredAtBucketStart: Date.UTC(2026, 5, 29, 5, 45) }, 1)).toHaveLength(1);
    expect(evaluateRuleSet(barcelona, { ...event, occurredAtBucketStart: Date.UTC(2026, 5, 29, 6, 45) }, 1)).toHaveLength(1);
    expect(evaluateRuleSet(barcelona, { ...event, occurredAtBucketStart: Date.UTC(2026, 5, 29, 7, 0) }, 1)).toHaveLength(0);
  });
});
