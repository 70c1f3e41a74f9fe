import fc from 'fast-check';
import { exemptionsOf } from './exempt-formats';
import { walkStrings } from './walk-strings';
import type { Exemptions } from './walk-unexempt-strings';
import { walkUnexemptStrings } from './walk-unexempt-strings';

const keyId = 'default-2026-11';
const pseudonym = `hmac-sha256:${keyId}:${'A'.repeat(43)}`;
const reference = (value: unknown, exemptions: Exemptions) => walkStrings(value, (path, text) => exemptions.get(path)?.(text) !== true);

// Keys that meet exemption paths (whole, in part, or as a longer name) and keys that meet none.
const key = fc.constantFrom('eventId', 'city', 'attributes', 'privacy', 'keyId', 'source', 'kind', 'district', 'lane', 'la', 'laneX', 'a.b', '[]', '{}', 'x', '');
const text = fc.constantFrom('incheon', 'bupyeong-gu', 'Lee Seo-yeon', '010-1234-5678', keyId, pseudonym, 'true', '42', 'kind', 'lane', '');
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, fc.constant(null), fc.integer(), tie('array'), tie('object'), tie('map')),
  array: fc.array(tie('node'), { maxLength: 3 }),
  object: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  map: fc.array(fc.tuple(key, tie('node')), { maxLength: 3 }).map((entries) => new Map(entries)),
})).node;

describe('walkUnexemptStrings', () => {
  const exemptions = exemptionsOf({ keyId, city: 'incheon', attributes: { trafficHazardDetector: new Map([['lane', { type: 'enum', values: ['1', 'L'] }]]) } });

  it('finds exactly the sites walkStrings keeps with the same exemptions, in the same order', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (record) => {
        expect(walkUnexemptStrings(record, exemptions)).toEqual(reference(record, exemptions));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out exempt values at their own path only, and keeps the same value anywhere else', () => {
    const record = { eventId: '0f8fad5b-d9cb-469f-a165-70867728950e', city: 'incheon', district: 'Lee Seo-yeon', description: 'incheon', attributes: { lane: '1', speed: '1' }, privacy: { keyId } };
    expect(walkUnexemptStrings(record, exemptions)).toEqual([
      { path: 'district', field: 'district', text: 'Lee Seo-yeon' },
      { path: 'description', field: 'description', text: 'incheon' },
      { path: 'attributes{}', field: 'attributes', text: 'speed' },
      { path: 'attributes.speed', field: 'attributes', text: '1' },
    ]);
  });

  it('answers the same for a record walked again, after other records taught it other keys', () => {
    const record = { attributes: { lane: 'Lee Seo-yeon', la: 'x' }, reporterPseudonym: pseudonym };
    const first = walkUnexemptStrings(record, exemptions);
    walkUnexemptStrings({ attributes: { lan: '1', lane: '1' }, reporterPseudonym: 'Lee' }, exemptions);
    expect(walkUnexemptStrings(record, exemptions)).toEqual(first);
    expect(first).toEqual(reference(record, exemptions));
  });
});
