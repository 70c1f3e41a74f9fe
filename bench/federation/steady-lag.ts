import { randomUUID } from 'node:crypto';
import type { AvroCodec } from '@usm/messaging';
import type { Producer } from 'kafkajs';
import type { BenchClusters } from './bench-clusters';
import { encodedEvents } from './bench-clusters';
import { quantile, say, sleep } from './bench-report';

export interface SteadyLag {
  readonly sent: number;
  readonly received: number;
  readonly achievedRate: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

interface SteadyOptions {
  readonly clusters: BenchClusters;
  readonly producer: Producer;
  readonly codec: AvroCodec;
  readonly topic: string;
  readonly remote: string;
  readonly rate: number;
  readonly seconds: number;
  readonly from: number;
}

/**
 * Sends `rate` events/s for `seconds` in 100 ms ticks while a consumer on the partner's remote topic
 * records arrival minus source timestamp (MirrorMaker 2 keeps the producer's CreateTime) per record.
 */
export async function measureSteadyLag(options: SteadyOptions): Promise<SteadyLag> {
  const total = options.rate * options.seconds;
  const messages = await encodedEvents(options.codec, options.topic, total, options.from);
  const lags: number[] = [];
  const consumer = options.clusters.target.consumer({ groupId: `bench-federation-${randomUUID()}`, maxWaitTimeInMs: 100, readUncommitted: false });
  await consumer.connect();
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.subscribe({ topics: [options.remote], fromBeginning: false });
  await consumer.run({ autoCommit: false, eachBatch: async ({ batch }) => {
    const now = Date.now();
    for (const message of batch.messages) lags.push(now - Number(message.timestamp));
  } });
  await joined;
  // A consumer that starts at "latest" only fixes its position with its first fetch; give it one.
  await sleep(1_000);
  const perTick = Math.max(1, Math.round(options.rate / 10));
  const start = Date.now();
  let sent = 0;
  let nextPrint = start + 5_000;
  while (sent < total) {
    const due = start + (sent / perTick) * 100;
    if (due > Date.now()) await sleep(due - Date.now());
    const batch = messages.slice(sent, sent + perTick).map((m) => ({ ...m, timestamp: String(Date.now()) }));
    await options.producer.send({ topic: options.topic, acks: -1, messages: batch });
    sent += batch.length;
    if (Date.now() >= nextPrint) {
      const sorted = [...lags].sort((a, b) => a - b);
      say('steady', `${Math.round((Date.now() - start) / 1000)} s: sent ${sent}, received ${lags.length}, p50 so far ${quantile(sorted, 0.5)} ms, p99 ${quantile(sorted, 0.99)} ms`);
      nextPrint += 5_000;
    }
  }
  const sendMs = Date.now() - start;
  const drainBy = Date.now() + 60_000;
  while (lags.length < total && Date.now() < drainBy) await sleep(100);
  await consumer.disconnect();
  const sorted = [...lags].sort((a, b) => a - b);
  return { sent, received: lags.length, achievedRate: Math.round((sent * 1000) / sendMs), p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] ?? Number.NaN };
}
