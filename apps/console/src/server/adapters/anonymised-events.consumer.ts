import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { topicCatalog } from '@usm/contracts';
import { createKafka } from '@usm/messaging';
import type { Consumer } from 'kafkajs';
import type { CityEntry } from '../config/console-config.schema';

/** The fields of an anonymised event the map needs (shareable, non-identifying by contract). */
export interface CellSighting {
  readonly city: string;
  readonly cell: string;
  readonly resolution: number;
}

type Events = NonNullable<CityEntry['events']>;

function registryOf(events: Events): SchemaRegistry {
  const { url, clientId, secretFile } = events.registry;
  const auth = clientId === undefined || secretFile === undefined ? {} : { auth: { username: clientId, password: readFileSync(secretFile, 'utf8').trim() } };
  return new SchemaRegistry({ host: url, ...auth });
}

/**
 * Reads a city's anonymised topic from its beginning with a consumer group of its own (never committed
 * progress that matters: a restarted console counts again) and hands each event's cell to `onSighting`.
 */
export async function consumeAnonymisedEvents(entry: CityEntry, events: Events, onSighting: (sighting: CellSighting) => void): Promise<Consumer> {
  const security = events.security && { ca: readFileSync(events.security.caFile, 'utf8'), sasl: { mechanism: 'scram-sha-512' as const, username: events.security.username, password: readFileSync(events.security.passwordFile, 'utf8').trim() } };
  const kafka = createKafka({ brokers: events.brokers, clientId: `${entry.city}-console`, ...(security ? { security } : {}) });
  const registry = registryOf(events);
  const consumer = kafka.consumer({ groupId: `${events.groupPrefix}-${randomUUID()}`, maxWaitTimeInMs: 250 });
  await consumer.connect();
  await consumer.subscribe({ topics: [events.topic ?? topicCatalog.safetyEventsAnonymised.name], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ message }) => {
      if (!message.value) return;
      // A record this console cannot decode is not counted; the city's own consumers dead-letter it.
      const value = (await registry.decode(message.value).catch(() => null)) as { h3Cell?: unknown; h3Resolution?: unknown } | null;
      if (value && typeof value.h3Cell === 'string' && typeof value.h3Resolution === 'number') onSighting({ city: entry.city, cell: value.h3Cell, resolution: value.h3Resolution });
    },
  });
  return consumer;
}
