import type { PlannedTopic } from './topic-plan';

/** What a topic on the cluster looks like now. */
export interface ExistingTopic {
  readonly name: string;
  readonly partitions: number;
  readonly configs: Readonly<Record<string, string | undefined>>;
}

export type TopicChange =
  | { readonly kind: 'create'; readonly topic: PlannedTopic }
  | { readonly kind: 'configure'; readonly topic: PlannedTopic; readonly from: Readonly<Record<string, string | undefined>> }
  | { readonly kind: 'add-partitions'; readonly topic: PlannedTopic; readonly from: number }
  | { readonly kind: 'unchanged'; readonly topic: PlannedTopic }
  | { readonly kind: 'cannot-shrink'; readonly topic: PlannedTopic; readonly from: number };

/** The changes that bring the cluster to the plan. Kafka cannot remove partitions, so more than planned is reported, not fixed. */
export function topicChangesOf(planned: readonly PlannedTopic[], existing: readonly ExistingTopic[]): TopicChange[] {
  const byName = new Map(existing.map((topic) => [topic.name, topic]));
  return planned.flatMap((topic): TopicChange[] => {
    const current = byName.get(topic.name);
    if (!current) return [{ kind: 'create', topic }];
    const changes: TopicChange[] = [];
    const drift = Object.entries(topic.configs).some(([name, value]) => current.configs[name] !== value);
    if (drift) changes.push({ kind: 'configure', topic, from: current.configs });
    if (current.partitions < topic.partitions) changes.push({ kind: 'add-partitions', topic, from: current.partitions });
    if (current.partitions > topic.partitions) changes.push({ kind: 'cannot-shrink', topic, from: current.partitions });
    return changes.length > 0 ? changes : [{ kind: 'unchanged', topic }];
  });
}

/** One line per change, for the command's output. */
export function describeTopicChange(change: TopicChange): string {
  const { name, partitions, configs } = change.topic;
  const settings = Object.entries(configs).map(([k, v]) => `${k}=${v}`).join(' ');
  switch (change.kind) {
    case 'create':
      return `created ${name} (partitions=${partitions} ${settings})`;
    case 'configure':
      return `configured ${name} (${settings}; was ${Object.keys(configs).map((k) => `${k}=${change.from[k] ?? 'unset'}`).join(' ')})`;
    case 'add-partitions':
      return `added partitions to ${name} (${change.from} → ${partitions})`;
    case 'cannot-shrink':
      return `left ${name} with ${change.from} partitions (catalog says ${partitions}; Kafka cannot remove partitions)`;
    case 'unchanged':
      return `unchanged ${name}`;
  }
}
