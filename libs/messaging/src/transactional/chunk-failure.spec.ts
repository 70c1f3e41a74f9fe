import { ContractError, InfrastructureError } from '@usm/errors';
import { TransactionalErrorCode } from './transactional-error-codes';
import { classifyChunkFailure, errorFields } from './chunk-failure';
import { isFencedError } from './fencing';

const where = { topic: 'raw', partition: 0, offset: '12' };
const kafkaJsError = (type: string) => Object.assign(new Error(`broker said ${type}`), { name: 'KafkaJSProtocolError', type });

describe('chunk failures', () => {
  it('is fatal when the producer was fenced, even behind kafkajs retry wrappers', () => {
    const fenced = kafkaJsError('INVALID_PRODUCER_EPOCH');
    const wrapped = Object.assign(new Error('retries exceeded'), { name: 'KafkaJSNumberOfRetriesExceeded', cause: fenced });
    expect(isFencedError(wrapped)).toBe(true);
    expect(classifyChunkFailure(wrapped, where)).toEqual({ kind: 'fatal', error: wrapped });
    expect(isFencedError(kafkaJsError('REBALANCE_IN_PROGRESS'))).toBe(false);
    expect(isFencedError(new InfrastructureError(TransactionalErrorCode.Fenced, 'fenced earlier'))).toBe(true);
  });

  it('hands kafkajs and mesh errors back as they are, so kafkajs rejoins or restarts', () => {
    const rebalance = kafkaJsError('REBALANCE_IN_PROGRESS');
    expect(classifyChunkFailure(rebalance, where)).toEqual({ kind: 'rethrow', error: rebalance });
    const outage = new InfrastructureError('MESSAGING.REGISTRY_UNAVAILABLE', 'down');
    expect(classifyChunkFailure(outage, where)).toEqual({ kind: 'rethrow', error: outage });
  });

  it('wraps anything else as a retriable abort that names where it happened', () => {
    const failure = classifyChunkFailure(new TypeError('x is undefined'), where);
    expect(failure.kind).toBe('retry');
    expect(failure.error).toMatchObject({ code: TransactionalErrorCode.TransactionAborted, retriable: true, details: where });
  });

  it('logs codes and reasons of our errors, and only the name of foreign ones', () => {
    expect(errorFields(new ContractError('MESSAGING.WRONG_MAGIC_BYTE', 'first byte is 1'))).toEqual({ error: 'ContractError', code: 'MESSAGING.WRONG_MAGIC_BYTE', reason: 'first byte is 1', retriable: false });
    expect(errorFields(new TypeError('cannot read 010-1234-5678'))).toEqual({ error: 'TypeError' });
  });
});
