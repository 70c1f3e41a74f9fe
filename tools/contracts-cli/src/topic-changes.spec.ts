import { allTopics } from '@usm/contracts';
import { describeTopicChange, topicChangesOf } from './topic-changes';
import type { ExistingTopic } from './topic-changes';
import { plannedTopics } from './topic-plan';

const [raw, rawDlq] = plannedTopics('t');
if (!raw || !rawDlq) throw new Error('catalog is empty');
const asPlanned = (partitions = raw.partitions, configs: ExistingTopic['configs'] = raw.configs): ExistingTopic => ({ name: raw.name, partitions, configs });

describe('topicChangesOf', () => {
  it('creates missing topics', () => {
    expect(topicChangesOf([raw], []).map((c) => c.kind)).toEqual(['create']);
  });

  it('leaves a topic that matches the plan alone', () => {
    expect(topicChangesOf([raw], [asPlanned()]).map((c) => c.kind)).toEqual(['unchanged']);
  });

  it('reconfigures a topic whose retention or cleanup policy drifted', () => {
    const changes = topicChangesOf([raw], [asPlanned(raw.partitions, { ...raw.configs, 'retention.ms': '1000' })]);
    expect(changes).toMatchObject([{ kind: 'configure', from: { 'retention.ms': '1000' } }]);
    expect(describeTopicChange(changes[0] as never)).toContain('was retention.ms=1000');
  });

  it('adds partitions to a topic that has fewer, and reports one that has more', () => {
    expect(topicChangesOf([raw], [asPlanned(1)])).toMatchObject([{ kind: 'add-partitions', from: 1 }]);
    expect(topicChangesOf([raw], [asPlanned(6)])).toMatchObject([{ kind: 'cannot-shrink', from: 6 }]);
  });

  it('reports both a config drift and missing partitions', () => {
    expect(topicChangesOf([raw], [asPlanned(1, {})]).map((c) => c.kind)).toEqual(['configure', 'add-partitions']);
  });
});

describe('plannedTopics', () => {
  it('plans every catalog topic followed by its DLQ, under the prefix', () => {
    const names = plannedTopics('run1').map((t) => t.name);
    expect(names).toHaveLength(allTopics().length * 2);
    expect(names.slice(0, 2)).toEqual(['run1.safety.events.raw.v1', 'run1.safety.events.raw.v1.dlq']);
    expect(plannedTopics()[0]?.name).toBe('safety.events.raw.v1');
  });

  it('asks for the catalog retention and cleanup policy', () => {
    expect(raw.configs).toEqual({ 'retention.ms': String(7 * 24 * 3600 * 1000), 'cleanup.policy': 'delete' });
    expect(rawDlq.partitions).toBe(1);
  });
});
