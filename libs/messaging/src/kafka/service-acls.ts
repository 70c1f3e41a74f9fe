import type { TopicDefinition } from '@usm/contracts';
import { allTopics, dlqTopicOf, topicCatalog } from '@usm/contracts';
import type { AclBinding, AclOperation, AclResource } from './acl-binding';
import { aclKeyOf } from './acl-binding';

/** Operations on one resource (a name, or every name starting with it). */
export interface AclGrant {
  readonly resource: AclResource;
  readonly name: string;
  readonly pattern: 'literal' | 'prefixed';
  readonly operations: readonly AclOperation[];
}

/** A consumer reads a topic and may dead-letter what it cannot process into the topic's DLQ. */
export const consumes = (topic: string): AclGrant[] => [
  { resource: 'topic', name: topic, pattern: 'literal', operations: ['read', 'describe'] },
  { resource: 'topic', name: dlqTopicOf(topic), pattern: 'literal', operations: ['write', 'describe'] },
];
export const produces = (topic: string): AclGrant => ({ resource: 'topic', name: topic, pattern: 'literal', operations: ['write', 'describe'] });
export const describes = (topic: string): AclGrant => ({ resource: 'topic', name: topic, pattern: 'literal', operations: ['describe'] });
/** Reads a topic without a dead-letter topic: a snapshot read fails the build instead of skipping a record. */
export const reads = (topic: string): AclGrant => ({ resource: 'topic', name: topic, pattern: 'literal', operations: ['read', 'describe'] });
/** Consumer groups (joins, offset commits and fetches); `delete` for groups a service removes itself. */
export const groups = (name: string, pattern: 'literal' | 'prefixed', extra: readonly AclOperation[] = []): AclGrant => ({ resource: 'group', name, pattern, operations: ['read', 'describe', ...extra] });
/** Transactional producers whose ids start with `prefix` (Kafka 3+ needs no cluster IdempotentWrite for idempotence). */
export const transactionalIds = (prefix: string): AclGrant => ({ resource: 'transactional-id', name: prefix, pattern: 'prefixed', operations: ['write', 'describe'] });

/** The broker allow rules of a grant list, one binding per operation. */
export function bindingsOf(principal: string, grants: readonly AclGrant[]): AclBinding[] {
  return grants.flatMap((g) => g.operations.map((operation) => ({ principal, resource: g.resource, name: g.name, pattern: g.pattern, operation })));
}

export interface ServiceAclOptions {
  /** The city whose cluster the ACLs are for (group and transactional ids carry it). */
  readonly city: string;
  /** The other cities of the mesh: one `mm2-<city>` principal each. */
  readonly partners: readonly string[];
  /** Topic name prefix of an isolated test run (`<prefix>.<topic>`), as topics:apply uses it. */
  readonly topicPrefix?: string;
}

/** The principals whose ACLs topics:apply owns (all their bindings, stale ones deleted). `partner-*` is the federation service's. */
export const servicePrincipalNames = ['ingest', 'privacy', 'consent', 'federation', 'datasets', 'labels', 'validation', 'integrator'] as const;
export const mirrorMakerPrincipalOf = (sourceCity: string): string => `mm2-${sourceCity}`;

/**
 * What MirrorMaker 2 of flows `source`→this city needs in this cluster, written with `mm2-<source>`: create, write
 * and configure remote topics `<source>.*` (checkpoints `<source>.checkpoints.internal` among them), its Connect
 * worker's internal topics and group, and the offset-syncs topic, which lives in this (target) cluster so that the
 * partner principal in the source needs nothing but reads.
 */
export function mirrorMakerGrants(source: string): AclGrant[] {
  const internal = ['create', 'read', 'write', 'describe', 'describe-configs'] as const;
  return [
    // `read` and the probe group: the source city's federation measures arrival lag on its own copies with this principal.
    { resource: 'topic', name: `${source}.`, pattern: 'prefixed', operations: ['create', 'write', 'read', 'describe', 'describe-configs', 'alter-configs'] },
    // Connect's config, offset and status topics of the herder source->here, and the offset syncs of its flows.
    // One config topic per plan: the source city's federation deletes those of its earlier plans.
    { resource: 'topic', name: `mm2-configs.${source}.`, pattern: 'prefixed', operations: [...internal, 'delete'] },
    { resource: 'topic', name: `mm2-offsets.${source}.internal`, pattern: 'literal', operations: internal },
    { resource: 'topic', name: `mm2-status.${source}.internal`, pattern: 'literal', operations: internal },
    { resource: 'topic', name: `mm2-offset-syncs.${source}.internal`, pattern: 'literal', operations: internal },
    groups(`${source}-mm2`, 'literal'),
    groups(`${source}-federation-probe-`, 'prefixed'),
  ];
}

const named = (prefix: string | undefined) => (topic: TopicDefinition): string => (prefix ? `${prefix}.${topic.name}` : topic.name);

/**
 * Every service principal's grants in a city's cluster, from the topic catalog and the group and
 * transactional ids the services really use:
 * - ingest produces raw events (idempotent producer);
 * - privacy reads raw events (group `<city>-privacy`) and writes anonymised and quarantined ones in
 *   transactions (`<city>-privacy…:<input topic>`);
 * - consent's outbox relay writes consent records and agreements in transactions (`usm.outbox-relay.<city>-consent…`,
 *   which is also the group holding its cursor) and its projections read both (groups `<city>-consent.<projection>`);
 * - federation reads agreements (groups `<city>-federation-<uuid>`, deleted when it stops), describes the shareable
 *   topics to report lag, and manages partner ACLs (cluster ALTER and DESCRIBE);
 * - datasets reads the city's anonymised events and labels and their copies from every partner (`<partner>.<topic>`,
 *   written there by MirrorMaker 2), consent records and agreements (groups `<city>-datasets…`), and writes
 *   dataset releases with its idempotent producer;
 * - labels reads the city's anonymised events (groups `<city>-labels…`, dead-lettering what it cannot decode) and writes
 *   labels with its idempotent producer;
 * - validation reads dataset releases and the validation results of the city and of every partner (`<partner>.<topic>`),
 *   in groups `<city>-validation…`, and writes the city's results with its idempotent producer;
 * - integrator may only write raw events.
 */
export function serviceGrantsOf(options: ServiceAclOptions): Record<string, AclGrant[]> {
  const name = named(options.topicPrefix);
  const { city } = options;
  const raw = name(topicCatalog.safetyEventsRaw);
  const consentRecords = name(topicCatalog.consentRecords);
  const agreements = name(topicCatalog.agreements);
  const shareable = allTopics().filter((t) => t.shareable).map(name);
  const relay = `usm.outbox-relay.${city}-consent`;
  const grants: Record<string, AclGrant[]> = {
    // The MQTT adapter dead-letters refused device messages itself (there is no consumer to do it).
    ingest: [produces(raw), produces(dlqTopicOf(raw))],
    privacy: [
      ...consumes(raw),
      produces(name(topicCatalog.safetyEventsAnonymised)),
      produces(name(topicCatalog.safetyEventsQuarantine)),
      groups(`${city}-privacy`, 'prefixed'),
      transactionalIds(`${city}-privacy`),
    ],
    consent: [
      ...consumes(consentRecords),
      ...consumes(agreements),
      produces(consentRecords),
      produces(agreements),
      groups(relay, 'prefixed'),
      transactionalIds(relay),
      groups(`${city}-consent.`, 'prefixed'),
    ],
    federation: [
      ...consumes(agreements),
      groups(`${city}-federation-`, 'prefixed', ['delete']),
      ...shareable.map(describes),
      { resource: 'cluster', name: 'kafka-cluster', pattern: 'literal', operations: ['describe', 'alter'] },
    ],
    datasets: datasetsGrants(options, name),
    labels: labelsGrants(options, name),
    validation: validationGrants(options, name),
    integrator: [produces(raw)],
  };
  for (const partner of options.partners.filter((p) => p !== city)) grants[mirrorMakerPrincipalOf(partner)] = mirrorMakerGrants(partner);
  return grants;
}

function datasetsGrants(options: ServiceAclOptions, name: (topic: TopicDefinition) => string): AclGrant[] {
  const sources = [name(topicCatalog.safetyEventsAnonymised), name(topicCatalog.safetyLabels)];
  const partners = options.partners.filter((p) => p !== options.city);
  return [
    ...sources.map(reads),
    ...partners.flatMap((partner) => sources.map((topic) => reads(`${partner}.${topic}`))),
    reads(name(topicCatalog.consentRecords)),
    reads(name(topicCatalog.agreements)),
    produces(name(topicCatalog.datasetReleases)),
    groups(`${options.city}-datasets`, 'prefixed'),
    ...withdrawalGrants(options, name),
  ];
}

function labelsGrants(options: ServiceAclOptions, name: (topic: TopicDefinition) => string): AclGrant[] {
  return [
    ...consumes(name(topicCatalog.safetyEventsAnonymised)),
    reads(name(topicCatalog.safetyLabels)),
    produces(name(topicCatalog.safetyLabels)),
    groups(`${options.city}-labels`, 'prefixed'),
  ];
}

function validationGrants(options: ServiceAclOptions, name: (topic: TopicDefinition) => string): AclGrant[] {
  const sources = [name(topicCatalog.datasetReleases), name(topicCatalog.validationResults)];
  const partners = options.partners.filter((p) => p !== options.city);
  return [
    ...sources.flatMap(consumes),
    ...partners.flatMap((partner) => sources.map((topic) => reads(`${partner}.${topic}`))),
    produces(name(topicCatalog.validationResults)),
    groups(`${options.city}-validation`, 'prefixed'),
  ];
}

/**
 * Dataset withdrawal (part of datasets): publishes the city's retraction notices, reads every partner's copy
 * (`<partner>.<retractions>`), and dead-letters an undecodable consent record or partner notice into this city's
 * DLQs (`<topic>.dlq` of the local topic: the partner's prefix belongs to its MirrorMaker 2).
 */
function withdrawalGrants(options: ServiceAclOptions, name: (topic: TopicDefinition) => string): AclGrant[] {
  const retractions = name(topicCatalog.safetyEventsRetractions);
  const partners = options.partners.filter((p) => p !== options.city);
  return [
    produces(retractions),
    produces(dlqTopicOf(retractions)),
    produces(dlqTopicOf(name(topicCatalog.consentRecords))),
    ...partners.map((partner) => reads(`${partner}.${retractions}`)),
  ];
}

/** Every ACL binding topics:apply keeps in force for the city's service and MirrorMaker 2 principals. */
export function serviceAclsOf(options: ServiceAclOptions): AclBinding[] {
  const all = Object.entries(serviceGrantsOf(options)).flatMap(([principal, grants]) => bindingsOf(principal, grants));
  return [...new Map(all.map((b) => [aclKeyOf(b), b] as const)).values()];
}

/** Whether topics:apply manages a principal's ACLs (a service or `mm2-*`); never `partner-*` nor `admin`. */
export function managedByTopicsApply(principal: string): boolean {
  return (servicePrincipalNames as readonly string[]).includes(principal) || principal.startsWith('mm2-');
}
