import fc from 'fast-check';
import { generateIdentifierCorpus } from '../../testing/corpus/identifier-corpus';
import { generateRawEvents } from '../../testing/raw-events.generator';
import { defaultPolicyDocument, freeTextPolicyDocument, nodeContextOf, testPrivacyPolicy } from '../../testing/test-privacy-policy';
import { testPseudonymiser } from '../../testing/test-pseudonymiser';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import { detectIdentifiers } from '../detection/detect-identifiers';
import { createLeakGuard } from '../leak-guard/create-leak-guard';
import { anonymiseEvent } from './anonymise-event';

const defaultPolicy = testPrivacyPolicy();
const policies = [
  defaultPolicy,
  testPrivacyPolicy(freeTextPolicyDocument('scrub')),
  testPrivacyPolicy(freeTextPolicyDocument('vocabulary')),
  testPrivacyPolicy({ ...defaultPolicyDocument(), generalisation: { h3Resolution: 15, timeBucketMinutes: 1, ageBands: { width: 1, openFrom: 100 } } }),
  testPrivacyPolicy({
    ...defaultPolicyDocument(),
    fields: { description: 'drop', 'reporter.name': 'drop', 'reporter.phone': 'drop', 'reporter.email': 'pseudonymise', vehiclePlates: 'drop', mediaLinks: 'drop', deviceId: 'drop', attributes: 'drop' },
  }),
];
const pseudonymise = testPseudonymiser();

/** Every value of the raw event that must not reach a partner, and its exact coordinates. */
function directValuesOf(raw: RawSafetyEvent): string[] {
  const values = [
    raw.reporter?.name, raw.reporter?.phone, raw.reporter?.email, raw.deviceId, raw.source.systemId, raw.address?.streetAddress,
    ...raw.vehiclePlates, ...raw.mediaLinks, String(raw.location.latitude), String(raw.location.longitude),
  ];
  return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

const scenario = fc.record({
  corpusSeed: fc.integer(),
  eventSeed: fc.integer(),
  policy: fc.constantFrom(...policies),
});

describe('anonymiseEvent on generated events', () => {
  it("leaves none of the raw event's direct values, corpus identifiers or exact coordinates in its output", () => {
    fc.assert(
      fc.property(scenario, ({ corpusSeed, eventSeed, policy }) => {
        const corpus = generateIdentifierCorpus(corpusSeed, 21);
        const [raw] = generateRawEvents(eventSeed, 1, corpus) as [RawSafetyEvent];
        const output = JSON.stringify(anonymiseEvent(raw, nodeContextOf(raw, policy, pseudonymise)));
        expect(createLeakGuard(directValuesOf(raw)).scan(output)).toEqual([]);
        expect(createLeakGuard(corpus.map((identifier) => identifier.value)).scan(output)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves nothing a detector would find in the free text it keeps', () => {
    fc.assert(
      fc.property(scenario, ({ corpusSeed, eventSeed, policy }) => {
        const [raw] = generateRawEvents(eventSeed, 1, generateIdentifierCorpus(corpusSeed, 21)) as [RawSafetyEvent];
        const anonymised = anonymiseEvent(raw, nodeContextOf(raw, policy, pseudonymise));
        const texts = [anonymised.description ?? '', ...Object.entries(anonymised.attributes).flat()];
        expect(texts.flatMap((text) => detectIdentifiers(text))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic for the same event, policy and key, whatever the attribute order', () => {
    fc.assert(
      fc.property(scenario, ({ corpusSeed, eventSeed, policy }) => {
        const [raw] = generateRawEvents(eventSeed, 1, generateIdentifierCorpus(corpusSeed, 11)) as [RawSafetyEvent];
        const reordered = { ...structuredClone(raw), attributes: Object.fromEntries(Object.entries(raw.attributes).reverse()) };
        const first = JSON.stringify(anonymiseEvent(raw, nodeContextOf(raw, policy, testPseudonymiser())));
        expect(JSON.stringify(anonymiseEvent(reordered, nodeContextOf(reordered, policy, testPseudonymiser())))).toBe(first);
      }),
      { numRuns: 100 },
    );
  });

  it('generalises time, place and age as the policy says', () => {
    fc.assert(
      fc.property(scenario, ({ corpusSeed, eventSeed, policy }) => {
        const [raw] = generateRawEvents(eventSeed, 1, generateIdentifierCorpus(corpusSeed, 11)) as [RawSafetyEvent];
        const anonymised = anonymiseEvent(raw, nodeContextOf(raw, policy, pseudonymise));
        const width = policy.generalisation.timeBucketMinutes * 60_000;
        expect(raw.occurredAt - anonymised.occurredAtBucketStart).toBeGreaterThanOrEqual(0);
        expect(raw.occurredAt - anonymised.occurredAtBucketStart).toBeLessThan(width);
        expect(anonymised.h3Resolution).toBe(policy.generalisation.h3Resolution);
        expect(anonymised.ageBand === null).toBe(raw.subjectAge === null || policy.fields.subjectAge === 'drop');
        expect(anonymised.vehiclePseudonyms).toHaveLength(policy.fields.vehiclePlates === 'drop' ? 0 : raw.vehiclePlates.length);
      }),
      { numRuns: 100 },
    );
  });

  it('rotates every pseudonym with the key', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const [raw] = generateRawEvents(seed, 1, generateIdentifierCorpus(seed, 11)) as [RawSafetyEvent];
        const before = anonymiseEvent(raw, nodeContextOf(raw, defaultPolicy, testPseudonymiser('key-a')));
        const after = anonymiseEvent(raw, nodeContextOf(raw, defaultPolicy, testPseudonymiser('key-b')));
        const pseudonyms = (event: typeof before) => [event.reporterPseudonym, ...event.vehiclePseudonyms].filter(Boolean);
        const rotated = pseudonyms(after);
        pseudonyms(before).forEach((pseudonym, index) => expect(rotated[index]).not.toBe(pseudonym));
      }),
      { numRuns: 50 },
    );
  });
});
