import { isFenced } from './kafka-failures';

describe('isFenced', () => {
  it.each(['INVALID_PRODUCER_EPOCH', 'PRODUCER_FENCED'])('recognises %s, also wrapped', (type) => {
    expect(isFenced({ type })).toBe(true);
    expect(isFenced({ name: 'KafkaJSNumberOfRetriesExceeded', originalError: { type } })).toBe(true);
    expect(isFenced(new Error('wrapped', { cause: { type } }))).toBe(true);
  });

  it.each([new Error('broker down'), { type: 'REQUEST_TIMED_OUT' }, null, 'text'])('does not take %p for fencing', (error) => {
    expect(isFenced(error)).toBe(false);
  });
});
