import { parseServerSentEvents } from './server-sent-events';

describe('server-sent events', () => {
  it('splits complete events and keeps the incomplete rest for the next chunk', () => {
    const first = parseServerSentEvents('event: mesh\ndata: {"a":1}\n\n: keep-alive\n\nevent: mesh\ndata: {"b"');
    expect(first.events).toEqual([{ type: 'mesh', data: '{"a":1}' }]);
    const second = parseServerSentEvents(`${first.rest}:2}\n\n`);
    expect(second).toEqual({ events: [{ type: 'mesh', data: '{"b":2}' }], rest: '' });
  });

  it('joins data lines, defaults the type and reads CRLF', () => {
    expect(parseServerSentEvents('data: one\r\ndata: two\r\n\r\n').events).toEqual([{ type: 'message', data: 'one\ntwo' }]);
  });
});
