import { loadValueSchema, topicCatalog, valueTypeOf } from '@usm/contracts';
import type { AvroRecordJson } from '@usm/contracts';
import { generateIdentifierCorpus } from '../../testing/corpus/identifier-corpus';
import { generateRawEvents } from '../../testing/raw-events.generator';
import { freeTextPolicyDocument, nodeContextOf, testPrivacyPolicy } from '../../testing/test-privacy-policy';
import { testPseudonymiser } from '../../testing/test-pseudonymiser';
import { anonymiseEvent } from './anonymise-event';

const fieldNames = (topic: typeof topicCatalog.safetyEventsAnonymised) =>
  (loadValueSchema(topic) as AvroRecordJson).fields.map((field) => field.name).sort();

describe('anonymiseEvent against the Avro contracts', () => {
  const raws = generateRawEvents(11, 120, generateIdentifierCorpus(11, 21));
  const policies = [testPrivacyPolicy(), testPrivacyPolicy(freeTextPolicyDocument('scrub')), testPrivacyPolicy(freeTextPolicyDocument('vocabulary'))];
  const anonymised = raws.map((raw, index) => anonymiseEvent(raw, nodeContextOf(raw, policies[index % 3] ?? testPrivacyPolicy(), testPseudonymiser())));

  it('is fed fixtures that are valid RawSafetyEvents', () => {
    const rawType = valueTypeOf(topicCatalog.safetyEventsRaw);
    for (const raw of raws) expect(rawType.isValid(raw)).toBe(true);
  });

  it('produces valid AnonymisedSafetyEvents', () => {
    const anonymisedType = valueTypeOf(topicCatalog.safetyEventsAnonymised);
    for (const event of anonymised) expect(anonymisedType.isValid(event)).toBe(true);
  });

  it('produces exactly the fields of the schema, no more', () => {
    const expected = fieldNames(topicCatalog.safetyEventsAnonymised);
    for (const event of anonymised) expect(Object.keys(event).sort()).toEqual(expected);
  });

  it('round-trips through the Avro encoding unchanged', () => {
    const anonymisedType = valueTypeOf(topicCatalog.safetyEventsAnonymised);
    for (const event of anonymised.slice(0, 20)) expect(anonymisedType.fromBuffer(anonymisedType.toBuffer(event))).toEqual(event);
  });
});
