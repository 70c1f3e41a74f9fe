import fc from 'fast-check';
import { testPrivacyPolicy } from '../../testing/test-privacy-policy';
import type { AttributeRule } from '../policy/attribute-rule';
import { sourceKinds } from '../policy/source-kinds';
import { checkAttributeValue } from './check-attribute-value';
import { minimiseAttributes } from './minimise-attributes';

const declarations = testPrivacyPolicy().attributes;
const radar = declarations.trafficHazardDetector;

describe('minimiseAttributes', () => {
  it('keeps declared keys whose values fit, canonical, and tallies the rest by key and reason', () => {
    const result = minimiseAttributes(
      { speedKmh: '087.50', speedLimitKmh: '500', lane: 'L', note: 'Hans Müller 0151 23456789', 'Anrufer Kim': 'x', cameraIp: '10.0.0.1' },
      radar,
    );
    expect(result.kept).toEqual({ lane: 'L', speedKmh: '87.5' });
    expect(result.dropped).toEqual([
      { key: '(undeclared)', reason: 'undeclared', count: 3 },
      { key: 'speedLimitKmh', reason: 'out-of-range', count: 1 },
    ]);
  });

  it.each<[AttributeRule, string, string]>([
    [{ type: 'enum', values: ['car'] }, 'Car', 'not-in-enum'],
    [{ type: 'number', min: 0, max: 1, unit: 'ratio' }, '1e0', 'not-a-number'],
    [{ type: 'number', min: 0, max: 1, unit: 'ratio' }, '0x1', 'not-a-number'],
    [{ type: 'number', min: 0, max: 1, unit: 'ratio' }, '1.5', 'out-of-range'],
    [{ type: 'boolean' }, 'yes', 'not-a-boolean'],
    [{ type: 'code', pattern: /^[A-Z]{2}$/u, maxLength: 2 }, 'ABC', 'too-long'],
    [{ type: 'code', pattern: /^[A-Z]{2}$/u, maxLength: 2 }, 'a1', 'pattern-mismatch'],
  ])('drops a value that does not fit %j (%s → %s)', (rule, value, reason) => {
    expect(checkAttributeValue(value, rule)).toEqual({ dropped: reason });
  });

  it('keeps nothing for a source kind without declarations', () => {
    expect(minimiseAttributes({ speedKmh: '50' }, undefined)).toEqual({ kept: {}, dropped: [{ key: '(undeclared)', reason: 'undeclared', count: 1 }] });
  });

  it('never lets an undeclared key or a value outside its rule survive, whatever the source sends', () => {
    const keys = fc.oneof(fc.constantFrom('speedKmh', 'lane', 'objectClass', 'confidence', 'callType', 'channel', 'personCount', '__proto__'), fc.string());
    fc.assert(
      fc.property(fc.constantFrom(...sourceKinds), fc.dictionary(keys, fc.oneof(fc.string(), fc.constantFrom('car', '0.5', '12', 'true', 'L', 'medical', 'app'))), (kind, attributes) => {
        const declared = declarations[kind];
        const { kept, dropped } = minimiseAttributes(attributes, declared);
        for (const [key, value] of Object.entries(kept)) {
          const rule = declared?.get(key);
          expect(rule).toBeDefined();
          expect(checkAttributeValue(value, rule as AttributeRule)).toEqual({ kept: value });
        }
        const total = dropped.reduce((sum, drop) => sum + drop.count, 0);
        expect(total + Object.keys(kept).length).toBe(Object.keys(attributes).length);
        for (const drop of dropped) expect(drop.key === '(undeclared)' || declared?.has(drop.key)).toBe(true);
      }),
    );
  });
});
