import type { IHeaders, TopicMessages } from 'kafkajs';
import { subjectOf } from '@usm/contracts';
import { ContractError } from '@usm/errors';
import type { AvroCodec } from '@usm/messaging';
import { EventSourcingErrorCode } from '../../domain/event-sourcing-error-codes';
import type { RecordedEvent } from '../../application/ports';
import type { PendingMessage } from '../postgres/postgres-outbox';
import type { OutboxRouting } from '../postgres/outbox-routing';

/** Headers of every relayed record: consumers can deduplicate by event id and check stream order. */
export const OutboxHeader = {
  EventId: 'mesh.event-id',
  EventType: 'mesh.event-type',
  StreamVersion: 'mesh.stream-version',
  GlobalPosition: 'mesh.global-position',
} as const;

/** Encodes pending outbox rows as Kafka messages per topic, in outbox order. */
export async function encodeOutboxMessages(messages: readonly PendingMessage[], routing: OutboxRouting, codec: AvroCodec): Promise<TopicMessages[]> {
  const byTopic = new Map<string, TopicMessages>();
  for (const message of messages) {
    const route = routing.routeOfTopic(message.topic);
    // A row whose route was removed cannot be published; failing keeps it (and its stream's order) waiting.
    if (!route) throw new ContractError(EventSourcingErrorCode.UnroutedOutboxRow, `no stream route publishes to ${message.topic}`, { details: { topic: message.topic } });
    const value = await codec.encode(subjectOf(message.topic), route.toValue(message.event));
    const entry = byTopic.get(message.topic) ?? { topic: message.topic, messages: [] };
    entry.messages.push({ key: message.key, value, headers: headersOf(message.event) });
    byTopic.set(message.topic, entry);
  }
  return [...byTopic.values()];
}

function headersOf(event: RecordedEvent): IHeaders {
  return {
    [OutboxHeader.EventId]: event.eventId,
    [OutboxHeader.EventType]: event.type,
    [OutboxHeader.StreamVersion]: String(event.version),
    [OutboxHeader.GlobalPosition]: event.globalPosition,
  };
}
