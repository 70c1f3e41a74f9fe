import type { Admin } from 'kafkajs';
import { ConfigResourceTypes } from 'kafkajs';
import type { ExistingTopic, TopicChange } from './topic-changes';

const watchedConfigs = ['retention.ms', 'cleanup.policy'];

/** Partitions and watched configs of those of `names` that exist on the cluster. */
export async function readExistingTopics(admin: Admin, names: readonly string[]): Promise<ExistingTopic[]> {
  const onCluster = new Set(await admin.listTopics());
  const present = names.filter((name) => onCluster.has(name));
  if (present.length === 0) return [];
  const { topics } = await admin.fetchTopicMetadata({ topics: present });
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: present.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: watchedConfigs })),
  });
  const configsOf = new Map(
    described.resources.map((r) => [r.resourceName, Object.fromEntries(r.configEntries.map((e) => [e.configName, e.configValue]))] as const),
  );
  return topics.map((topic) => ({ name: topic.name, partitions: topic.partitions.length, configs: configsOf.get(topic.name) ?? {} }));
}

/** Carries out the changes, batched by kind. */
export async function applyTopicChanges(admin: Admin, changes: readonly TopicChange[], replicationFactor: number): Promise<void> {
  const creates = changes.filter((c) => c.kind === 'create');
  if (creates.length > 0) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: creates.map(({ topic }) => ({
        topic: topic.name,
        numPartitions: topic.partitions,
        replicationFactor,
        configEntries: Object.entries(topic.configs).map(([name, value]) => ({ name, value })),
      })),
    });
  }
  const configures = changes.filter((c) => c.kind === 'configure');
  if (configures.length > 0) {
    // AlterConfigs (kafkajs has no incremental variant) replaces every dynamic config of the topic: the catalog owns them all.
    await admin.alterConfigs({
      validateOnly: false,
      resources: configures.map(({ topic }) => ({
        type: ConfigResourceTypes.TOPIC,
        name: topic.name,
        configEntries: Object.entries(topic.configs).map(([name, value]) => ({ name, value })),
      })),
    });
  }
  const grows = changes.filter((c) => c.kind === 'add-partitions');
  if (grows.length > 0) {
    await admin.createPartitions({ topicPartitions: grows.map(({ topic }) => ({ topic: topic.name, count: topic.partitions })) });
  }
}
