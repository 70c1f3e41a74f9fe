import type { AnonymisedSafetyEvent } from '../contract/anonymised-safety-event';
import type { AttributeDeclarations } from '../policy/attribute-rule';
import { guardEgress } from './guard-egress';

const keyId = 'test-key';
const attributes: AttributeDeclarations = {
  trafficHazardDetector: new Map([
    ['speedKmh', { type: 'number', min: 0, max: 300, unit: 'km/h' }],
    ['lane', { type: 'code', pattern: /^(?:[1-9]|L|R)$/u, maxLength: 2 }],
  ]),
  cctvAnalytics: new Map([['objectClass', { type: 'enum', values: ['car', 'person'] }]]),
};
const node = { keyId, city: 'incheon', attributes };
const name = { kind: 'name', value: 'Lee Seo-yeon' } as const;

function record(overrides: Partial<AnonymisedSafetyEvent>): AnonymisedSafetyEvent {
  return {
    eventId: '5f0c6a4e-8a3b-4c1d-9e2f-0123456789ab',
    city: 'incheon',
    source: { kind: 'trafficHazardDetector', legalBasis: 'pseudonymisedResearch' },
    category: 'traffic',
    subCategory: 'pedestrianOnRoad',
    severity: 'medium',
    occurredAtBucketStart: 1_793_000_000_000,
    bucketWidthMinutes: 15,
    h3Cell: '8830e1d8d3fffff',
    h3Resolution: 8,
    district: 'Bupyeong-gu',
    ageBand: '30-39',
    description: null,
    reporterPseudonym: null,
    vehiclePseudonyms: [],
    attributes: {},
    privacy: { policyVersion: '2026-11-21.1', keyId },
    ...overrides,
  } as AnonymisedSafetyEvent;
}

describe('guardEgress: values the anonymiser writes from closed lists', () => {
  it('passes contract enums, FIWARE sub-categories, the node city, gazetteer ids, age bands and declared attributes', () => {
    const clean = record({ attributes: { speedKmh: '54', objectClass: 'car' } });
    expect(guardEgress(clean, [name], node)).toEqual({ clean: true });
  });

  it('searches a closed field whose value is not on its list', () => {
    expect(guardEgress(record({ subCategory: 'Lee Seo-yeon' }), [name], node)).toMatchObject({ clean: false, fields: ['subCategory'] });
    expect(guardEgress(record({ district: 'Lee Seo-yeon' }), [name], node)).toMatchObject({ clean: false, fields: ['district'] });
    expect(guardEgress(record({ city: 'Lee Seo-yeon' }), [name], node)).toMatchObject({ clean: false, fields: ['city'] });
  });

  it('searches undeclared keys, values outside their enum, long numbers and every code', () => {
    expect(guardEgress(record({ attributes: { 'Lee Seo-yeon': 'true' } }), [name], node)).toMatchObject({ clean: false });
    expect(guardEgress(record({ attributes: { objectClass: 'Lee Seo-yeon' } }), [name], node)).toMatchObject({ clean: false });
    expect(guardEgress(record({ attributes: { speedKmh: '01012345678' } }), [], node)).toMatchObject({ clean: false, kinds: ['phone'] });
    expect(guardEgress(record({ attributes: { lane: 'Lee' } }), [{ kind: 'name', value: 'Lee' }], node)).toMatchObject({ clean: false });
  });

  it('without the node city and declarations, searches the city, district and attributes as free text', () => {
    const planted = record({ attributes: { note: 'Lee Seo-yeon' } });
    expect(guardEgress(planted, [name], { keyId })).toMatchObject({ clean: false, fields: ['attributes'] });
  });
});
