import type { ReplicableTopic, SharingAgreement } from './replication-flow';

/**
 * An agreement as the federation acts on it: its topics plus every topic that follows one of them (retraction
 * notices follow the anonymised events they retract), so a partner that receives events always learns of their
 * retraction. Followers are then judged like any agreed topic: one that may not leave the city refuses the agreement.
 */
export function withFollowingTopics<A extends SharingAgreement>(agreement: A, lookup: (name: string) => ReplicableTopic | undefined): A {
  const topics = new Set(agreement.topics);
  for (const name of agreement.topics) for (const follower of lookup(name)?.followers ?? []) topics.add(follower);
  return topics.size === agreement.topics.length ? agreement : { ...agreement, topics: [...topics] };
}
