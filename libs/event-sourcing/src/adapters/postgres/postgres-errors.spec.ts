import { InfrastructureError, ValidationError } from '@usm/errors';
import { EventSourcingErrorCode } from '../../domain/event-sourcing-error-codes';
import { storeFailureOf } from './postgres-errors';

/** A TypeORM QueryFailedError carries pg's error, with its SQLSTATE, as `driverError`. */
const queryFailed = (code: string, message: string) => Object.assign(new Error(message), { driverError: Object.assign(new Error(message), { code }) });

describe('storeFailureOf', () => {
  it.each([
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22P05', 'unsupported Unicode escape sequence'],
    ['22003', 'numeric field overflow'],
  ])('reads a data exception (%s) as the request\'s fault: a validation error, never retried, naming no value', (code, message) => {
    const failure = storeFailureOf('reading a stream', queryFailed(code, message));
    expect(failure).toBeInstanceOf(ValidationError);
    expect(failure.code).toBe(EventSourcingErrorCode.ValueNotStorable);
    expect(failure.retriable).toBe(false);
    expect(failure.message).not.toContain('0x00');
  });

  it.each([
    ['08006', 'connection failure'],
    ['57P01', 'terminating connection due to administrator command'],
    ['53300', 'too many connections'],
  ])('reads any other failure (%s) as the store\'s: unavailable, retriable', (code, message) => {
    const failure = storeFailureOf('appending to a stream', queryFailed(code, message));
    expect(failure).toBeInstanceOf(InfrastructureError);
    expect(failure.code).toBe(EventSourcingErrorCode.StoreUnavailable);
    expect(failure.retriable).toBe(true);
  });

  it('reads an error without a SQLSTATE (a dropped socket) as the store\'s', () => {
    expect(storeFailureOf('reading a stream', new Error('Connection terminated unexpectedly')).retriable).toBe(true);
  });
});
