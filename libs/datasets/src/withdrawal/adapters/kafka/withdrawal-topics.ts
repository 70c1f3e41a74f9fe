import { topicCatalog } from '@usm/contracts';

/** The topics withdrawal uses on this city's cluster, under the test prefix (empty in production). */
export interface WithdrawalTopics {
  readonly consentRecords: string;
  readonly retractions: string;
  /** Where MirrorMaker 2 writes a partner's notices here: `<partner>.<retractions>`. */
  partnerRetractions(partner: string): string;
}

export function withdrawalTopicsOf(topicPrefix: string): WithdrawalTopics {
  const retractions = `${topicPrefix}${topicCatalog.safetyEventsRetractions.name}`;
  return {
    consentRecords: `${topicPrefix}${topicCatalog.consentRecords.name}`,
    retractions,
    partnerRetractions: (partner) => `${partner}.${retractions}`,
  };
}
