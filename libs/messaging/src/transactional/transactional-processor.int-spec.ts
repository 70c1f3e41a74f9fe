import type { KafkaMessage } from 'kafkajs';
import { dlqTopicOf, subjectOf } from '@usm/contracts';
import { uniqueName, waitFor } from '@usm/testing';
import type { Incident } from '../spec-support/incident-schema';
import { incidentSchema } from '../spec-support/incident-schema';
import { KafkaTestBed } from '../spec-support/kafka-test-bed';
import { transactionalIdOf } from './transactional-id';
import { TransactionalProcessor } from './transactional-processor';

const total = 600;
const incidents: Incident[] = Array.from({ length: total }, (_, i) => ({ incidentId: `inc-${i}`, severity: i % 5, category: 'traffic', note: null }));

describe('TransactionalProcessor on the real Kafka and registry', () => {
  let bed: KafkaTestBed;
  const processors: TransactionalProcessor<Incident>[] = [];

  beforeAll(async () => {
    bed = await new KafkaTestBed().open();
  });

  afterAll(async () => {
    await Promise.all(processors.map((processor) => processor.stop().catch(() => undefined)));
    await bed?.close();
  });

  async function topics(): Promise<{ input: string; output: string; admin: ReturnType<KafkaTestBed['kafka']['admin']> }> {
    const input = uniqueName('it-eos-in');
    const output = uniqueName('it-eos-out');
    const admin = bed.kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [input, output, dlqTopicOf(input)].map((topic) => ({ topic, numPartitions: 3 })) });
    await bed.registry.register(subjectOf(input), incidentSchema);
    await bed.registry.register(subjectOf(output), incidentSchema);
    return { input, output, admin };
  }

  function processor(input: string, output: string, groupId: string, instance: string, onFatal?: (error: Error) => void): TransactionalProcessor<Incident> {
    const created = new TransactionalProcessor<Incident>(bed.kafka, bed.codec, {
      inputTopic: input,
      groupId,
      transactionalId: transactionalIdOf(instance, input),
      fromBeginning: true,
      settings: { maxChunkRecords: 20, sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500 },
      // A little work per record, so the stream is still flowing when the group changes.
      transform: async (record) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        return { outcome: 'processed', outputs: [{ topic: output, key: record.value.incidentId, value: { ...record.value, note: 'copied' } }] };
      },
      onFatal,
    });
    processors.push(created);
    return created;
  }

  async function produce(input: string, from: number, to: number): Promise<void> {
    const producer = bed.kafka.producer();
    await producer.connect();
    const messages = await Promise.all(incidents.slice(from, to).map(async (incident) => ({ key: incident.incidentId, value: await bed.codec.encode(subjectOf(input), incident) })));
    await producer.send({ topic: input, messages });
    await producer.disconnect();
  }

  async function committed(admin: Awaited<ReturnType<typeof topics>>['admin'], groupId: string, input: string): Promise<number> {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [input] });
    return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  }

  function expectEachOnce(messages: KafkaMessage[]): void {
    const keys = messages.map((message) => message.key?.toString());
    expect(keys.length).toBe(total);
    expect(new Set(keys)).toEqual(new Set(incidents.map((incident) => incident.incidentId)));
  }

  it('emits each record once while a second instance joins and the first one leaves', async () => {
    const { input, output, admin } = await topics();
    const groupId = uniqueName('it-eos-group');
    await processor(input, output, groupId, 'instance-a').start();
    await produce(input, 0, total);
    await waitFor(async () => (await committed(admin, groupId, input)) >= 100, { timeoutMs: 60_000, description: 'instance a to make progress' });
    const second = processor(input, output, groupId, 'instance-b');
    await second.start();
    await waitFor(async () => (await committed(admin, groupId, input)) >= 300, { timeoutMs: 60_000, description: 'progress after the rebalance' });
    await processors[processors.length - 2]?.stop();
    await waitFor(async () => (await committed(admin, groupId, input)) === total, { timeoutMs: 90_000, description: 'instance b to finish alone' });
    const outputs = await bed.collect(output);
    await waitFor(() => outputs.length >= total, { timeoutMs: 30_000, description: 'the outputs' });
    expectEachOnce(outputs);
    expect(await second.metrics.transactionsOf(input, 'committed')).toBeGreaterThan(0);
    await admin.disconnect();
  }, 240_000);

  it('stops for good when a newer instance with its transactional id fences it, and the newer one finishes the stream', async () => {
    const { input, output, admin } = await topics();
    const groupId = uniqueName('it-eos-group');
    const fatal: Error[] = [];
    const zombie = processor(input, output, groupId, 'instance-a', (error) => fatal.push(error));
    await zombie.start();
    await produce(input, 0, total / 2);
    await waitFor(async () => (await committed(admin, groupId, input)) >= 50, { timeoutMs: 60_000, description: 'the first incarnation to make progress' });
    const successor = processor(input, output, groupId, 'instance-a');
    await successor.start();
    await produce(input, total / 2, total);
    await waitFor(() => zombie.state() === 'failed', { timeoutMs: 60_000, description: 'the fenced incarnation to stop' });
    expect(fatal).toHaveLength(1);
    await waitFor(async () => (await committed(admin, groupId, input)) === total, { timeoutMs: 90_000, description: 'the successor to finish' });
    const outputs = await bed.collect(output);
    await waitFor(() => outputs.length >= total, { timeoutMs: 30_000, description: 'the outputs' });
    expectEachOnce(outputs);
    await admin.disconnect();
  }, 240_000);

  it('stops for good when fenced while it has nothing left to read: the newer instance joining the group is enough', async () => {
    const { input, output, admin } = await topics();
    const groupId = uniqueName('it-eos-group');
    const fatal: Error[] = [];
    const zombie = processor(input, output, groupId, 'instance-b', (error) => fatal.push(error));
    await zombie.start();
    await produce(input, 0, total / 2);
    // Everything read and committed: no transaction of the zombie's own would ever meet the fence.
    await waitFor(async () => (await committed(admin, groupId, input)) >= total / 2, { timeoutMs: 90_000, description: 'the first incarnation to finish its records' });
    const successor = processor(input, output, groupId, 'instance-b');
    await successor.start();
    await waitFor(() => zombie.state() === 'failed', { timeoutMs: 60_000, description: 'the fenced, idle incarnation to stop' });
    expect(fatal).toHaveLength(1);
    expect(successor.state()).toBe('running');
    await produce(input, total / 2, total);
    await waitFor(async () => (await committed(admin, groupId, input)) === total, { timeoutMs: 90_000, description: 'the successor to finish' });
    const outputs = await bed.collect(output);
    await waitFor(() => outputs.length >= total, { timeoutMs: 30_000, description: 'the outputs' });
    expectEachOnce(outputs);
    await admin.disconnect();
  }, 240_000);
});
