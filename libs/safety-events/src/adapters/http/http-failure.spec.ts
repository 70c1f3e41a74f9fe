import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ContractError, InfrastructureError, NotFoundError, ValidationError } from '@usm/errors';
import { EventsInFlightError, IngestOverloadedError } from '../../application/ingest-errors';
import { httpFailureOf } from './http-failure';

/** What body-parser (raw-body) throws for an oversized body. */
function payloadTooLarge(): Error {
  return Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413, statusCode: 413, limit: 1024, length: 2048 });
}

describe('httpFailureOf', () => {
  it('answers a validation error with 400 and every violation', () => {
    const violations = [
      { field: 'events[2].location.latitude', rule: 'range', message: 'must be between -90 and 90' },
      { field: 'events[3].city', rule: 'nodeCity', message: 'must be the city of this node, incheon' },
    ];
    expect(httpFailureOf(new ValidationError('INGEST.INVALID_EVENTS', violations))).toEqual({
      status: 400,
      body: { code: 'INGEST.INVALID_EVENTS', message: '2 violation(s) of the safety event contract; nothing was ingested', violations },
    });
  });

  it('answers an oversized body with 413 and a JSON message naming the limit', () => {
    expect(httpFailureOf(payloadTooLarge())).toEqual({
      status: 413,
      body: { code: 'HTTP.PAYLOAD_TOO_LARGE', message: 'Request body exceeds the limit of 1024 bytes; send fewer events per request' },
    });
  });

  it('answers malformed JSON with 400 without echoing the body', () => {
    const failure = httpFailureOf(new BadRequestException('Unexpected token \'K\', "Kim Min-jun" is not valid JSON'));
    expect(failure).toEqual({
      status: 400,
      body: { code: 'HTTP.MALFORMED_JSON', message: 'Request body is not valid JSON', violations: [{ field: 'body', rule: 'json', message: 'must be valid JSON' }] },
    });
  });

  it('answers a body whose Content-Encoding does not decompress with 400, not 500', () => {
    // What body-parser passes on when zlib cannot inflate `content-encoding: gzip` bytes.
    const corrupt = Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR', errno: -3, status: 400, statusCode: 400, expose: true });
    expect(httpFailureOf(corrupt)).toEqual({ status: 400, body: { code: 'HTTP.BAD_REQUEST', message: 'Request body could not be decompressed as its Content-Encoding announces' } });
  });

  it('answers JSON the parser refused with 400 without echoing the body', () => {
    const refused = Object.assign(new SyntaxError('Unexpected token \'K\', "Kim" is not valid JSON'), { type: 'entity.parse.failed', status: 400, body: 'Kim' });
    expect(httpFailureOf(refused)).toMatchObject({ status: 400, body: { code: 'HTTP.MALFORMED_JSON', message: 'Request body is not valid JSON' } });
  });

  it('answers overload with 429 and Retry-After', () => {
    expect(httpFailureOf(new IngestOverloadedError(64))).toEqual({
      status: 429,
      body: { code: 'INGEST.OVERLOADED', message: 'Ingest is at its limit of 64 requests in flight; nothing was ingested, retry after Retry-After' },
      retryAfterSeconds: 1,
    });
  });

  it('asks to retry soon when the ids are being produced by another request', () => {
    expect(httpFailureOf(new EventsInFlightError(['a']))).toMatchObject({ status: 409, retryAfterSeconds: 1, body: { code: 'INGEST.EVENTS_IN_FLIGHT', eventIds: ['a'] } });
  });

  it('answers infrastructure failures with 503 and Retry-After, contract failures with 500', () => {
    expect(httpFailureOf(new InfrastructureError('MESSAGING.PUBLISH_FAILED', 'Kafka did not acknowledge'))).toEqual({
      status: 503,
      body: { code: 'MESSAGING.PUBLISH_FAILED', message: 'Kafka did not acknowledge' },
      retryAfterSeconds: 5,
    });
    expect(httpFailureOf(new ContractError('MESSAGING.SUBJECT_NOT_FOUND', 'no schema'))).toMatchObject({ status: 500 });
    expect(httpFailureOf(new NotFoundError('X.MISSING', 'gone'))).toMatchObject({ status: 404 });
  });

  it("keeps Nest's own HTTP exceptions, and hides anything unknown behind a generic 500", () => {
    expect(httpFailureOf(new NotFoundException('Cannot GET /nope'))).toMatchObject({ status: 404, body: { message: 'Cannot GET /nope' } });
    expect(httpFailureOf(new TypeError('cannot read "Kim"'))).toEqual({ status: 500, body: { code: 'HTTP.INTERNAL_ERROR', message: 'Internal error; nothing was ingested' } });
  });
});
