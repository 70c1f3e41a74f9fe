import { ReplicationRefusedError, federationErrorCodes } from './federation-errors';
import type { ReplicableTopic, ReplicationFlow, SharingAgreement } from './replication-flow';

/** Checks that one agreed topic may leave the city; throws naming the topic and the agreement otherwise. */
function assertReplicable(name: string, agreement: SharingAgreement, lookup: (name: string) => ReplicableTopic | undefined): void {
  const topic = lookup(name);
  const details = { topic: name, agreementId: agreement.agreementId, partner: agreement.partner };
  if (!topic) {
    throw new ReplicationRefusedError(federationErrorCodes.unknownTopic, `Agreement ${agreement.agreementId} covers ${name}, which is not in the topic catalog`, { details });
  }
  if (!topic.shareable) {
    throw new ReplicationRefusedError(federationErrorCodes.notShareable, `Topic ${name} never leaves the city; agreement ${agreement.agreementId} cannot share it with ${agreement.partner}`, { details });
  }
  if (topic.directFields.length > 0) {
    throw new ReplicationRefusedError(federationErrorCodes.directField, `Topic ${name} has directly identifying fields (${topic.directFields.join(', ')}); it cannot be replicated`, { details: { ...details, field: topic.directFields[0], rule: 'no-direct-field' } });
  }
}

/**
 * The replication flows a city runs: one per partner city with an active agreement, carrying exactly the
 * shareable topics its active agreements cover. Refuses the whole plan if any agreement covers a topic that may
 * not leave the city, so a bad agreement never yields a partial configuration.
 */
export function buildReplicationPlan(localCity: string, agreements: readonly SharingAgreement[], lookup: (name: string) => ReplicableTopic | undefined): readonly ReplicationFlow[] {
  const topicsByPartner = new Map<string, Set<string>>();
  for (const agreement of agreements) {
    if (agreement.status !== 'active' || agreement.partnerKind !== 'city') continue;
    if (agreement.partner === localCity) {
      throw new ReplicationRefusedError(federationErrorCodes.invalidPartner, `Agreement ${agreement.agreementId} names this city (${localCity}) as its own partner`, { details: { agreementId: agreement.agreementId } });
    }
    agreement.topics.forEach((topic) => assertReplicable(topic, agreement, lookup));
    const topics = topicsByPartner.get(agreement.partner) ?? new Set<string>();
    agreement.topics.forEach((topic) => topics.add(topic));
    topicsByPartner.set(agreement.partner, topics);
  }
  return [...topicsByPartner.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([target, topics]) => ({ source: localCity, target, topics: [...topics].sort() }));
}
