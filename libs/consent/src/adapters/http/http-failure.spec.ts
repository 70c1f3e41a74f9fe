import { ServiceUnavailableException, NotFoundException } from '@nestjs/common';
import { InfrastructureError } from '@usm/errors';
import { httpFailureOf } from './http-failure';

describe('httpFailureOf', () => {
  it('keeps the report of a red health check (terminus answers 503 with it)', () => {
    const report = { status: 'error', details: { outboxRelay: { status: 'down', relayStatus: 'fenced' } } };
    expect(httpFailureOf(new ServiceUnavailableException(report))).toEqual({ status: 503, body: report });
  });

  it('answers other HTTP exceptions with their code only', () => {
    expect(httpFailureOf(new NotFoundException('Cannot GET /x'))).toEqual({ status: 404, body: { code: 'HTTP.404', message: 'Cannot GET /x' } });
  });

  it('answers a retriable mesh error 503 with its code and Retry-After', () => {
    expect(httpFailureOf(new InfrastructureError('CONSENT.LEGAL_BASIS_UNKNOWN', 'ask again later'))).toMatchObject({ status: 503, body: { code: 'CONSENT.LEGAL_BASIS_UNKNOWN' }, retryAfterSeconds: 5 });
  });
});
