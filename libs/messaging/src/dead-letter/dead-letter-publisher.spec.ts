import type { ProducerRecord } from 'kafkajs';
import { ContractError, InfrastructureError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { aSourceRecord } from '../spec-support/source-records';
import { DeadLetterPublisher } from './dead-letter-publisher';

const error = new ContractError(MessagingErrorCode.EmptyValue, 'record value is empty');
const clock = () => new Date('2026-11-21T08:30:00.000Z');

describe('DeadLetterPublisher', () => {
  it('sends the original key and value bytes to <topic>.dlq with all replicas acknowledging', async () => {
    const sent: ProducerRecord[] = [];
    const publisher = new DeadLetterPublisher({ send: async (record) => (sent.push(record), []) }, clock);
    const source = aSourceRecord({ key: Buffer.from([0xff, 0x00]), value: null });
    await publisher.publish(source, error);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ topic: 'incidents.dlq', acks: -1 });
    const message = sent[0]?.messages[0];
    expect(message?.key).toBe(source.key);
    expect(message?.value).toBeNull();
    expect(message?.headers).toMatchObject({ 'mesh.dlq.code': 'MESSAGING.EMPTY_VALUE', 'mesh.dlq.failed-at': '2026-11-21T08:30:00.000Z' });
  });

  it('reports a failed send as retriable, so the record stays uncommitted', async () => {
    const publisher = new DeadLetterPublisher({ send: () => Promise.reject(new Error('broker gone')) }, clock);
    const failure: unknown = await publisher.publish(aSourceRecord(), error).catch((thrown: unknown) => thrown);
    expect(failure).toBeInstanceOf(InfrastructureError);
    expect(failure).toMatchObject({ code: MessagingErrorCode.PublishFailed, details: { topic: 'incidents', partition: 2, offset: '41' } });
  });
});
