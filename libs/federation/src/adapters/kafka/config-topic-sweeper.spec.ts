import type { Kafka } from 'kafkajs';
import { InMemoryReplicationRuntime } from '../../testing/in-memory-replication-runtime';
import { ConfigTopicSweepingRuntime, configTopicOf } from './config-topic-sweeper';

function partnerWith(topics: string[]): { kafka: Kafka; deleted: string[] } {
  const deleted: string[] = [];
  const admin = { connect: async () => undefined, disconnect: async () => undefined, listTopics: async () => topics, deleteTopics: async ({ topics: gone }: { topics: string[] }) => void deleted.push(...gone) };
  return { kafka: { admin: () => admin } as unknown as Kafka, deleted };
}

describe('ConfigTopicSweepingRuntime', () => {
  const properties = 'clusters=incheon,barcelona\nconfig.storage.topic=mm2-configs.incheon.0000abcd.internal\n';
  const flows = [{ source: 'incheon', target: 'barcelona', topics: ['safety.labels.v1'] }];

  it('reads the config topic a configuration names', () => {
    expect(configTopicOf(properties)).toBe('mm2-configs.incheon.0000abcd.internal');
  });

  it('deletes only earlier config topics of this city on the partners it now replicates to', async () => {
    const barcelona = partnerWith(['mm2-configs.incheon.0000abcd.internal', 'mm2-configs.incheon.1234abcd.internal', 'mm2-configs.incheon.internal', 'mm2-configs.osaka.1234abcd.internal', 'mm2-offsets.incheon.internal']);
    const inner = new InMemoryReplicationRuntime();
    await new ConfigTopicSweepingRuntime(inner, 'incheon', (city) => (city === 'barcelona' ? barcelona.kafka : undefined)).apply({ flows, properties });
    expect(inner.applied).toHaveLength(1);
    expect(barcelona.deleted).toEqual(['mm2-configs.incheon.1234abcd.internal', 'mm2-configs.incheon.internal']);
  });

  it('never fails an apply because a partner could not be swept', async () => {
    const failing = { admin: () => ({ connect: async () => { throw new Error('unreachable'); }, disconnect: async () => undefined }) } as unknown as Kafka;
    const failures: string[] = [];
    const runtime = new ConfigTopicSweepingRuntime(new InMemoryReplicationRuntime(), 'incheon', () => failing, (partner) => void failures.push(partner));
    await expect(runtime.apply({ flows, properties })).resolves.toBeUndefined();
    expect(failures).toEqual(['barcelona']);
  });
});
