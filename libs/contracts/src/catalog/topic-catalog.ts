import type { TopicDefinition } from './topic-definition';

const day = 24 * 60 * 60 * 1000;
const forever = -1;

/**
 * Every topic of a city node: the one source of truth for names, partitioning, retention and sharing.
 * Three partitions everywhere: enough for two or three consumers per group on a city node, and
 * partitions can only grow, so we start small. Event-sourced topics are never compacted: they are the log.
 */
export const topicCatalog = {
  safetyEventsRaw: {
    name: 'safety.events.raw.v1',
    key: 'event-id',
    valueSchema: 'mesh.safety.RawSafetyEvent',
    partitions: 3,
    retentionMs: 7 * day,
    cleanupPolicy: 'delete',
    shareable: false,
    doc: 'Safety events as the source systems sent them, identifying fields included; key = eventId. Kept 7 days only (data minimisation): long enough for the privacy service to catch up after an outage.',
  },
  safetyEventsAnonymised: {
    name: 'safety.events.anonymised.v1',
    key: 'event-id',
    valueSchema: 'mesh.safety.AnonymisedSafetyEvent',
    partitions: 3,
    retentionMs: 90 * day,
    cleanupPolicy: 'delete',
    shareable: true,
    doc: 'Pseudonymised, generalised safety events; key = eventId. Kept 90 days: enough to rebuild read models and cut quarterly dataset releases, while pseudonymous data does not live forever.',
  },
  safetyEventsQuarantine: {
    name: 'safety.events.quarantine.v1',
    key: 'event-id',
    valueSchema: 'mesh.safety.AnonymisedSafetyEvent',
    partitions: 3,
    retentionMs: 3 * day,
    cleanupPolicy: 'delete',
    shareable: false,
    doc: 'Anonymised events the egress guard stopped because an identifier was still found in them; key = eventId. Headers carry the detector kind, never the value. Never shared, kept 3 days: long enough to investigate, short because they may hold personal data.',
  },
  safetyEventsRetractions: {
    name: 'safety.events.retractions.v1',
    key: 'notice-id',
    valueSchema: 'mesh.safety.EventsRetracted',
    partitions: 3,
    retentionMs: forever,
    cleanupPolicy: 'delete',
    shareable: true,
    followsTopic: 'safety.events.anonymised.v1',
    doc: 'Retraction notices: anonymised events a source city withdrew (consent revoked or expired), so holders drop them from releases; key = noticeId. Follows safety.events.anonymised.v1 to every partner that receives it. Kept forever: a partner joining late or rebuilding must still learn every retraction.',
  },
  safetyLabels: {
    name: 'safety.labels.v1',
    key: 'event-id',
    valueSchema: 'mesh.labels.SafetyLabel',
    partitions: 3,
    retentionMs: forever,
    cleanupPolicy: 'delete',
    shareable: true,
    doc: 'Labels on anonymised events with provenance; key = the labelled eventId so all labels of one event stay in order. Kept forever: small, and the ground truth behind every release lineage.',
  },
  consentRecords: {
    name: 'consent.records.v1',
    key: 'aggregate-id',
    valueSchema: 'mesh.consent.ConsentRecordEvent',
    partitions: 3,
    retentionMs: forever,
    cleanupPolicy: 'delete',
    shareable: false,
    doc: 'Event-sourced consent ledger (granted, revoked, expired, renewed); key = consent aggregate id. Kept forever and never compacted: it is the event store and the proof of consent.',
  },
  agreements: {
    name: 'agreements.v1',
    key: 'aggregate-id',
    valueSchema: 'mesh.agreements.AgreementEvent',
    partitions: 3,
    retentionMs: forever,
    cleanupPolicy: 'delete',
    shareable: false,
    doc: 'Event-sourced data-sharing agreements with partner cities and companies; key = agreement id. Kept forever and never compacted: it is the event store and the audit trail of what was shared.',
  },
  datasetReleases: {
    name: 'dataset.releases.v1',
    key: 'aggregate-id',
    valueSchema: 'mesh.datasets.DatasetReleaseEvent',
    partitions: 3,
    retentionMs: forever,
    cleanupPolicy: 'delete',
    shareable: true,
    doc: 'Dataset releases and withdrawals with manifest and lineage; key = release id. Kept forever: a partner must always be able to learn that a release it holds was withdrawn.',
  },
  validationResults: {
    name: 'validation.results.v1',
    key: 'aggregate-id',
    valueSchema: 'mesh.validation.ValidationResult',
    partitions: 3,
    retentionMs: forever,
    cleanupPolicy: 'delete',
    shareable: true,
    doc: 'Results of AI solutions evaluated on a release; key = validation run id. Kept forever: results are small and are the evidence behind joint testing.',
  },
} as const satisfies Record<string, TopicDefinition>;

/** Catalog id of a topic, e.g. `safetyEventsRaw`. */
export type TopicId = keyof typeof topicCatalog;
