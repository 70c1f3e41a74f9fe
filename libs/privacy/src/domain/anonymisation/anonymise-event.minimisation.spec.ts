import fc from 'fast-check';
import { generateIdentifierCorpus } from '../../testing/corpus/identifier-corpus';
import { generateRawEvents } from '../../testing/raw-events.generator';
import { nodeContextOf, testPrivacyPolicy } from '../../testing/test-privacy-policy';
import { testPseudonymiser } from '../../testing/test-pseudonymiser';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import { districtIdsOf } from '../gazetteer/canonical-district';
import { anonymiseEvent } from './anonymise-event';

const policy = testPrivacyPolicy();
const freeStrings = fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 40 }), { maxKeys: 6 });

describe('anonymiseEvent minimises by structure', () => {
  it('shares no attribute the policy does not declare for the source kind, and a district only from the gazetteer', () => {
    fc.assert(
      fc.property(fc.integer(), freeStrings, fc.string({ maxLength: 40 }), (seed, extra, district) => {
        const [generated] = generateRawEvents(seed, 1, generateIdentifierCorpus(seed, 11)) as [RawSafetyEvent];
        const raw: RawSafetyEvent = {
          ...generated,
          attributes: { ...generated.attributes, ...extra },
          address: { streetAddress: null, locality: null, postalCode: null, country: null, district },
        };
        const anonymised = anonymiseEvent(raw, nodeContextOf(raw, policy, testPseudonymiser()));
        const declared = policy.attributes[raw.source.kind];
        for (const key of Object.keys(anonymised.attributes)) expect(declared?.has(key)).toBe(true);
        expect(anonymised.district === null || districtIdsOf(raw.city).includes(anonymised.district)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
