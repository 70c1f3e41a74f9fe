import { formatRelayCursor, parseRelayCursor } from './relay-cursor';

describe('relay cursor', () => {
  it('reads back what it wrote', () => {
    const cursor = { transactionId: '812', globalPosition: '90071992547409930' };
    expect(parseRelayCursor(formatRelayCursor(cursor))).toEqual(cursor);
  });

  it.each([null, undefined, '', 'something else', 'outbox-cursor:v1:12', 'outbox-cursor:v1:a:1', 'outbox-cursor:v1:1:2:3'])('reads %p as no cursor', (text) => {
    expect(parseRelayCursor(text)).toBeUndefined();
  });
});
