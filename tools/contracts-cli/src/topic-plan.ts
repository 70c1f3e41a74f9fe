import type { TopicDefinition } from '@usm/contracts';
import { allTopics, deadLetterTopicOf } from '@usm/contracts';

/** A topic as it should exist on the cluster. */
export interface PlannedTopic {
  readonly name: string;
  readonly partitions: number;
  readonly configs: Readonly<Record<string, string>>;
  readonly definition: TopicDefinition;
}

/** Topic name under an optional prefix; tests use a unique prefix so runs never share topics. */
export function prefixedName(name: string, prefix: string | undefined): string {
  return prefix ? `${prefix}.${name}` : name;
}

/** Every catalog topic and its dead-letter topic, with the configs the catalog asks for. */
export function plannedTopics(prefix?: string): PlannedTopic[] {
  return allTopics()
    .flatMap((topic) => [topic, deadLetterTopicOf(topic)])
    .map((definition) => ({
      name: prefixedName(definition.name, prefix),
      partitions: definition.partitions,
      configs: { 'retention.ms': String(definition.retentionMs), 'cleanup.policy': definition.cleanupPolicy },
      definition,
    }));
}
