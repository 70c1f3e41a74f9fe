import { randomUUID } from 'node:crypto';
import type { AnonymisedSafetyEvent } from '@usm/contracts';
import { topicCatalog } from '@usm/contracts';
import { AvroCodec, AvroPublisher, SchemaRegistry, createKafka } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { kafkaConnectionOf, registryCredentialsOf } from '@usm/testing';

/**
 * Anonymised events as the privacy service publishes them, all in one cell and time bucket so any k is reachable;
 * `reporterPseudonym` names whose report each is (the subject the consent ledger knows by the same pseudonym).
 */
export function anonymisedEvents(city: string, reporters: readonly (string | null)[], bucketStart: number): AnonymisedSafetyEvent[] {
  return reporters.map((reporterPseudonym) => ({
    eventId: randomUUID(),
    city,
    source: { kind: 'citizenReport', legalBasis: 'consent' },
    category: 'traffic',
    subCategory: 'carAccident',
    severity: 'medium',
    occurredAtBucketStart: bucketStart,
    bucketWidthMinutes: 15,
    h3Cell: '8830e1d8bbfffff',
    h3Resolution: 8,
    district: 'Jung-gu',
    ageBand: '30-39',
    description: null,
    reporterPseudonym,
    vehiclePseudonyms: [],
    attributes: {},
    privacy: { policyVersion: 'spec-1', keyId: 'k1' },
  }));
}

/** Publishes them on the city's anonymised topic as the privacy principal does. */
export async function publishAnonymised(city: CityStack, events: readonly AnonymisedSafetyEvent[]): Promise<void> {
  const kafka = createKafka(kafkaConnectionOf(city, 'privacy', `${city.city}-ds-withdrawal-spec`));
  const publisher = new AvroPublisher(kafka, new AvroCodec(new SchemaRegistry({ url: city.registry.url, credentials: registryCredentialsOf(city, 'registry-privacy') })));
  await publisher.connect();
  try {
    await publisher.publish(topicCatalog.safetyEventsAnonymised.name, events.map((value) => ({ key: value.eventId, value })));
  } finally {
    await publisher.disconnect();
  }
}
