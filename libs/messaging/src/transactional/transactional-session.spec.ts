import type { Kafka } from 'kafkajs';
import { TransactionalSession } from './transactional-session';
import { TransactionalErrorCode } from './transactional-error-codes';

type Step = 'send' | 'sendOffsets' | 'commit' | 'abort';

/** A kafkajs client whose producers record calls and fail the steps they are told to. */
function fakeKafka(failures: Partial<Record<Step, Error>> = {}) {
  const calls: string[] = [];
  let producers = 0;
  const kafka = {
    producer: (config: Record<string, unknown>) => {
      const id = ++producers;
      calls.push(`producer#${id} ${config['transactionalId']} idempotent=${config['idempotent']} inFlight=${config['maxInFlightRequests']} timeout=${config['transactionTimeout']}`);
      const step = (name: Step) => async () => {
        calls.push(`#${id} ${name}`);
        const failure = failures[name];
        if (failure) {
          delete failures[name];
          throw failure;
        }
      };
      return {
        connect: async () => void calls.push(`#${id} connect`),
        disconnect: async () => void calls.push(`#${id} disconnect`),
        transaction: async () => (calls.push(`#${id} begin`), { sendBatch: step('send'), sendOffsets: step('sendOffsets'), commit: step('commit'), abort: step('abort') }),
      };
    },
  } as unknown as Kafka;
  return { kafka, calls, failures };
}

const config = { transactionalId: 'incheon-privacy-0:raw', consumerGroupId: 'g', transactionTimeoutMs: 20_000 };
const work = async (transaction: { send: (m: never[]) => Promise<void>; sendOffsets: (t: string, p: number, o: string) => Promise<void> }) => {
  await transaction.send([]);
  await transaction.sendOffsets('raw', 0, '5');
};
const fenced = Object.assign(new Error('old epoch'), { name: 'KafkaJSProtocolError', type: 'INVALID_PRODUCER_EPOCH' });

describe('TransactionalSession', () => {
  it('fences at open with an empty transaction, on a transactional, idempotent producer with one request in flight', async () => {
    const { kafka, calls } = fakeKafka();
    await new TransactionalSession(kafka, config).open();
    expect(calls).toEqual(['producer#1 incheon-privacy-0:raw idempotent=true inFlight=1 timeout=20000', '#1 connect', '#1 begin', '#1 abort']);
  });

  it('sends, adds the offsets and commits in one transaction', async () => {
    const { kafka, calls } = fakeKafka();
    const session = new TransactionalSession(kafka, config);
    await session.run(work);
    expect(calls.slice(4)).toEqual(['#1 begin', '#1 send', '#1 sendOffsets', '#1 commit']);
  });

  it('verifies it still holds its id with a transaction that only registers the offsets of no partition, then aborts it', async () => {
    const { kafka, calls } = fakeKafka();
    const session = new TransactionalSession(kafka, config);
    await session.verify();
    expect(calls.slice(4)).toEqual(['#1 begin', '#1 sendOffsets', '#1 abort']);
    expect(session.isFenced()).toBe(false);
  });

  it('rejects a verify when fenced, and never reopens', async () => {
    const { kafka } = fakeKafka({ sendOffsets: fenced });
    const session = new TransactionalSession(kafka, config);
    await expect(session.verify()).rejects.toBe(fenced);
    expect(session.isFenced()).toBe(true);
    await expect(session.run(work)).rejects.toMatchObject({ code: TransactionalErrorCode.Fenced });
  });

  it('aborts when the work fails and keeps the producer', async () => {
    const { kafka, calls } = fakeKafka({ sendOffsets: new Error('coordinator moved') });
    const session = new TransactionalSession(kafka, config);
    await expect(session.run(work)).rejects.toThrow('coordinator moved');
    await session.run(work);
    expect(calls.slice(4)).toEqual(['#1 begin', '#1 send', '#1 sendOffsets', '#1 abort', '#1 begin', '#1 send', '#1 sendOffsets', '#1 commit']);
  });

  it.each<[string, Partial<Record<Step, Error>>]>([
    ['a commit whose outcome is unknown', { commit: new Error('timeout') }],
    ['a failed abort', { send: new Error('broker gone'), abort: new Error('invalid txn state') }],
  ])('replaces the producer after %s, whose kafkajs state machine is stuck', async (_name, failures) => {
    const fake = fakeKafka();
    const { kafka, calls } = fake;
    const session = new TransactionalSession(kafka, config);
    await session.open();
    Object.assign(fake.failures, failures);
    await expect(session.run(work)).rejects.toThrow();
    await session.run(work);
    expect(calls).toContain('#1 disconnect');
    expect(calls.slice(-6)).toEqual(['#2 connect', '#2 begin', '#2 abort', '#2 begin', '#2 send', '#2 sendOffsets', '#2 commit'].slice(-6));
    expect(session.isFenced()).toBe(false);
  });

  it('never reopens once fenced: a newer instance owns the transactional id', async () => {
    const { kafka, calls } = fakeKafka({ commit: fenced });
    const session = new TransactionalSession(kafka, config);
    await expect(session.run(work)).rejects.toBe(fenced);
    expect(session.isFenced()).toBe(true);
    await expect(session.run(work)).rejects.toMatchObject({ code: 'MESSAGING.PRODUCER_FENCED' });
    expect(calls.filter((call) => call.startsWith('producer#'))).toHaveLength(1);
  });
});
