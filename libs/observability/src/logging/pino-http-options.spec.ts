import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { pinoHttpOptions } from './pino-http-options';

const options = pinoHttpOptions({ serviceName: 'ingest', city: 'incheon', logLevel: 'info' });

function capturingLogger(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { logger: pino(options, stream), lines: () => chunks.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('pinoHttpOptions', () => {
  it('logs a request as id, method and path only: no headers, query string or body', () => {
    const serialize = options.serializers?.['req'] as (req: unknown) => unknown;
    const request = { id: 'r-1', method: 'POST', url: '/v1/events?reporter=Kim', headers: { authorization: 'Bearer x' }, body: { description: 'Kim' } };
    expect(serialize(request)).toEqual({ id: 'r-1', method: 'POST', path: '/v1/events' });
  });

  it('logs a response as its status code only', () => {
    const serialize = options.serializers?.['res'] as (res: unknown) => unknown;
    expect(serialize({ statusCode: 202, headers: { 'set-cookie': 'session=1' } })).toEqual({ statusCode: 202 });
  });

  it('redacts bodies and event payloads whoever logs them, and tags every line with service and city', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ body: { phone: '+821012345678' }, events: [{ description: 'Kim Min-jun' }], req: { body: { name: 'Kim' } } }, 'received');
    const [line] = lines();
    expect(JSON.stringify(line)).not.toMatch(/821012345678|Kim/);
    expect(line).toMatchObject({ level: 'info', service: 'ingest', city: 'incheon', msg: 'received', body: '[redacted]', events: '[redacted]' });
  });

  it('keeps a well-formed incoming request id and echoes it; otherwise makes one', () => {
    const headers: Record<string, string> = {};
    const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as ServerResponse;
    const withId = { headers: { 'x-request-id': 'abc-123' } } as unknown as IncomingMessage;
    expect(options.genReqId?.(withId, res)).toBe('abc-123');
    expect(headers['x-request-id']).toBe('abc-123');
    const forged = { headers: { 'x-request-id': 'line\nbreak' } } as unknown as IncomingMessage;
    expect(options.genReqId?.(forged, res)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs server errors as errors and client errors as warnings', () => {
    const level = (statusCode: number) => options.customLogLevel?.({} as IncomingMessage, { statusCode } as ServerResponse);
    expect([level(202), level(400), level(503)]).toEqual(['info', 'warn', 'error']);
  });
});
