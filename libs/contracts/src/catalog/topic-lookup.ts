import { topicCatalog } from './topic-catalog';
import type { TopicDefinition } from './topic-definition';

/** Every topic of the catalog, in catalog order. */
export function allTopics(): readonly TopicDefinition[] {
  return Object.values(topicCatalog);
}

/** Topics whose records may leave the city to partners with an active agreement. */
export function shareableTopics(): readonly TopicDefinition[] {
  return allTopics().filter((topic) => topic.shareable);
}

/** The catalog entry of a topic name, or undefined when the name is not in the catalog. */
export function findTopic(name: string): TopicDefinition | undefined {
  return allTopics().find((topic) => topic.name === name);
}

/** Topics that travel with a topic (their `followsTopic` names it), in catalog order. */
export function followersOf(name: string): readonly TopicDefinition[] {
  return allTopics().filter((topic) => topic.followsTopic === name);
}
