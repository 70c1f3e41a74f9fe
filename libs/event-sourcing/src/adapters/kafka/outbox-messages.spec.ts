import { ContractError } from '@usm/errors';
import { AvroCodec } from '@usm/messaging';
import type { RecordedEvent } from '../../application/ports';
import { counterRecordOf, counterValueSchema } from '../../testing/counter-topic';
import type { Incremented } from '../../testing/counter.decider';
import { fixedSchemaSource } from '../../testing/fixed-schema-source';
import { OutboxRouting } from '../postgres/outbox-routing';
import type { PendingMessage } from '../postgres/postgres-outbox';
import { encodeOutboxMessages, OutboxHeader } from './outbox-messages';

const codec = new AvroCodec(fixedSchemaSource(counterValueSchema));
const routing = new OutboxRouting([{ category: 'counter', topic: 'counters', toValue: (event) => counterRecordOf(event as RecordedEvent<Incremented>) }]);

const pending = (position: number, topic = 'counters'): PendingMessage => ({
  topic,
  key: `counter-${position % 2}`,
  cursor: { transactionId: '7', globalPosition: String(position) },
  event: {
    eventId: `e${position}`,
    streamId: `counter-${position % 2}`,
    version: position,
    globalPosition: String(position),
    type: 'Incremented',
    data: { counterId: `c${position % 2}`, by: 1 },
    metadata: { commandId: `cmd${position}`, actor: null, occurredAt: '2026-01-01T00:00:00.000Z' },
  },
});

describe('encodeOutboxMessages', () => {
  it('encodes rows in outbox order with the stream id as key and the event headers', async () => {
    const [topicMessages] = await encodeOutboxMessages([pending(1), pending(2), pending(3)], routing, codec);
    expect(topicMessages?.topic).toBe('counters');
    expect(topicMessages?.messages.map((m) => m.headers?.[OutboxHeader.GlobalPosition])).toEqual(['1', '2', '3']);
    expect(topicMessages?.messages[0]).toMatchObject({ key: 'counter-1', headers: { [OutboxHeader.EventId]: 'e1', [OutboxHeader.EventType]: 'Incremented', [OutboxHeader.StreamVersion]: '1' } });
    const decoded = await codec.decode(topicMessages?.messages[1]?.value as Buffer);
    expect(decoded.value).toEqual({ eventId: 'e2', counterId: 'c0', by: 1, version: 2 });
  });

  it('refuses a row whose topic no route publishes to', async () => {
    await expect(encodeOutboxMessages([pending(1, 'elsewhere')], routing, codec)).rejects.toBeInstanceOf(ContractError);
  });
});
