import { topicCatalog } from '@usm/contracts';

const cityId = /^[a-z][a-z0-9-]{1,31}$/;

/** Whether `topic` is the catalog topic itself or a partner's replica `<city>.<topic>` (MirrorMaker 2 naming). */
export function isOwnOrReplicaOf(topic: string, catalogName: string): boolean {
  if (topic === catalogName) return true;
  if (!topic.endsWith(`.${catalogName}`)) return false;
  return cityId.test(topic.slice(0, topic.length - catalogName.length - 1));
}

export const eventSourceTopic = topicCatalog.safetyEventsAnonymised.name;
export const labelSourceTopic = topicCatalog.safetyLabels.name;
