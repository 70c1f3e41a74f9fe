import fc from 'fast-check';
import type { AnonymisedSafetyEvent } from '../contract/anonymised-safety-event';
import { fillerArbitrary, identifierArbitrary } from '../../testing/identifier-arbitraries';
import { testPseudonymiser } from '../../testing/test-pseudonymiser';
import { createEgressGuard, guardEgress } from './guard-egress';

const keyId = 'test-key';
const pseudonymise = testPseudonymiser(keyId);
const context = { keyId };

/** A record as the anonymiser writes it, every string field filled the way it fills it. */
function cleanRecord(overrides: Partial<AnonymisedSafetyEvent> = {}): AnonymisedSafetyEvent {
  return {
    eventId: '5f0c6a4e-8a3b-4c1d-9e2f-0123456789ab',
    city: 'incheon',
    source: { kind: 'cctv', legalBasis: 'public-task' },
    category: 'traffic',
    subCategory: 'trafficJam',
    severity: 'medium',
    occurredAtBucketStart: 1_793_000_000_000,
    bucketWidthMinutes: 15,
    h3Cell: '8830e1d8d3fffff',
    h3Resolution: 8,
    district: 'Bupyeong-gu',
    ageBand: '30-39',
    description: '[PHONE] 차량 사고 near the school',
    reporterPseudonym: pseudonymise('01012345678', 'reporter'),
    vehiclePseudonyms: [pseudonymise('12가3456', 'vehicle-plate')],
    attributes: { lane: '2', speedKmh: '80' },
    privacy: { policyVersion: '2026-11-21.1', keyId },
    ...overrides,
  } as AnonymisedSafetyEvent;
}

/** Every place a string can sit in the output, as a way to plant text there. */
const plantings: ReadonlyArray<[string, (text: string) => AnonymisedSafetyEvent]> = [
  ['description', (text) => cleanRecord({ description: text })],
  ['district', (text) => cleanRecord({ district: text })],
  ['subCategory', (text) => cleanRecord({ subCategory: text })],
  ['city', (text) => cleanRecord({ city: text })],
  ['an attribute value', (text) => cleanRecord({ attributes: { lane: '2', note: text } })],
  ['an attribute key', (text) => cleanRecord({ attributes: { [text]: 'yes' } })],
  ['a vehicle pseudonym', (text) => cleanRecord({ vehiclePseudonyms: [text] })],
  ['the reporter pseudonym', (text) => cleanRecord({ reporterPseudonym: text })],
  ['the event id', (text) => cleanRecord({ eventId: text })],
  ['the H3 cell', (text) => cleanRecord({ h3Cell: text })],
  ['the policy version', (text) => cleanRecord({ privacy: { policyVersion: text, keyId } })],
];

describe('guardEgress', () => {
  it('lets a clean record through', () => {
    expect(guardEgress(cleanRecord(), [], context)).toEqual({ clean: true });
  });

  it('never mistakes pseudonyms, event ids, H3 cells or policy versions for identifiers', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{14}$/);
    fc.assert(
      fc.property(fc.uuid(), hex, fc.string(), fc.array(fc.string(), { maxLength: 3 }), (eventId, cell, reporter, plates) => {
        const record = cleanRecord({ eventId, h3Cell: `8${cell}`, reporterPseudonym: pseudonymise(reporter, 'reporter'), vehiclePseudonyms: plates.map((p) => pseudonymise(p, 'vehicle-plate')) });
        expect(guardEgress(record, [], context)).toEqual({ clean: true });
      }),
    );
  });

  it.each(plantings)('quarantines a detectable identifier planted in %s', (_where, plant) => {
    fc.assert(
      fc.property(fillerArbitrary, identifierArbitrary(), fillerArbitrary, (before, identifier, after) => {
        const verdict = guardEgress(plant(`${before} ${identifier.value} ${after}`), [], context);
        expect(verdict.clean).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it.each(plantings)("quarantines the raw event's own known value planted in %s, naming its kind and field", (_where, plant) => {
    const known = [{ kind: 'name' as const, value: 'Marc García Puig' }];
    const verdict = guardEgress(plant('Marc García Puig'), known, context);
    expect(verdict).toMatchObject({ clean: false, kinds: ['name'] });
    if (!verdict.clean) expect(verdict.fields).toHaveLength(1);
  });

  it.each(plantings)('gives the verdicts of guardEgress when compiled once for its context, for text planted in %s', (_where, plant) => {
    const guard = createEgressGuard(context);
    const known = [{ kind: 'name' as const, value: 'Marc García Puig' }];
    for (const text of ['Marc García Puig', '010-4821-7730', 'Stau am Bahnhof']) {
      expect(guard(plant(text), known)).toEqual(guardEgress(plant(text), known, context));
      expect(guard(plant(text), () => known)).toEqual(guardEgress(plant(text), known, context));
    }
    expect(guard(cleanRecord(), [])).toEqual({ clean: true });
  });

  it('does not exempt a well-formed pseudonym made with another key id, nor machine formats at other paths', () => {
    const foreign = 'hmac-sha256:other-key:01012345678abcdefABCDEF0123456789_-abcdefg';
    expect(guardEgress(cleanRecord({ vehiclePseudonyms: [foreign] }), [{ kind: 'phone', value: '010-1234-5678' }], context).clean).toBe(false);
    const uuidInText = cleanRecord({ attributes: { ticket: '01012345-6789-4abc-8def-0123456789ab' } });
    expect(guardEgress(uuidInText, [{ kind: 'phone', value: '010-1234-5678' }], context).clean).toBe(false);
  });

  it('names kinds and top-level fields only, never a map key or a value', () => {
    const verdict = guardEgress(cleanRecord({ attributes: { '010-9876-5432': 'caller' } }), [], context);
    expect(verdict).toEqual({ clean: false, kinds: ['phone'], fields: ['attributes'] });
  });

  it('searches a long field in full, however far the identifier sits', () => {
    const padding = 'Stau am Bahnhof. '.repeat(400);
    expect(padding.length).toBeGreaterThan(4096);
    expect(guardEgress(cleanRecord({ description: `${padding}Bitte 010-4821-7730 zurückrufen.` }), [], context)).toMatchObject({ clean: false, kinds: ['phone'] });
  });

  it('fails closed on a record with more text than it can search', () => {
    expect(guardEgress(cleanRecord({ description: 'a'.repeat(70_000) }), [], context)).toEqual({ clean: false, kinds: ['oversize'], fields: expect.arrayContaining(['description']) });
  });

  it('does not join neighbouring numeric fields into an identifier', () => {
    const attributes = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`n${i}`, String(1000 + i)]));
    expect(guardEgress(cleanRecord({ attributes, ageBand: '30-39', district: '1234' }), [{ kind: 'phone', value: '010-1234-5678' }], context)).toEqual({ clean: true });
  });
});
