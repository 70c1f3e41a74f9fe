import type { Type } from 'avsc';
import type { Kafka } from 'kafkajs';
import { frameWireFormat, meshProducerConfig } from '@usm/messaging';
import { anonymisedEventOf } from '@usm/datasets/testing';

/** Produces `count` synthetic anonymised events (pre-encoded per chunk, so encoding is not what is measured). */
export async function produceEvents(kafka: Kafka, topic: string, type: Type, schemaId: number, count: number, run: string, say: (line: string) => void): Promise<number> {
  const producer = kafka.producer(meshProducerConfig());
  await producer.connect();
  const started = performance.now();
  try {
    const chunk = 10_000;
    for (let start = 0; start < count; start += chunk) {
      const messages = [];
      for (let n = start; n < Math.min(count, start + chunk); n += 1) {
        const event = anonymisedEventOf('incheon', run, n);
        messages.push({ key: event.eventId, value: frameWireFormat(schemaId, type.toBuffer(event)) });
      }
      await producer.send({ topic, acks: -1, messages });
      if ((start / chunk) % 10 === 0) say(`produced ${start + messages.length}/${count}`);
    }
  } finally {
    await producer.disconnect();
  }
  return performance.now() - started;
}
