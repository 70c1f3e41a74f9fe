import { HttpException } from '@nestjs/common';
import { ConcurrencyError, MeshError, NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { bodyReadAnswer, bodyReadRefusalOf } from '@usm/security';
import { ReservationConflictError } from '../../domain/reservation/reservation.errors';

/** The HTTP answer to an error. */
export interface HttpFailure {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly retryAfterSeconds?: number;
}

/**
 * The only place statuses are chosen. 409 is for a slot already taken (the body names every conflicting
 * reservation) and for a version conflict left after the retries; a transition the lifecycle refuses is 422.
 */
export function httpFailureOf(error: unknown): HttpFailure {
  if (error instanceof ReservationConflictError) {
    return { status: 409, body: { code: error.code, message: error.message, siteId: error.request.siteId, conflictingReservations: error.details['conflictingReservations'] } };
  }
  if (error instanceof MeshError) return meshFailure(error);
  if (error instanceof HttpException) return httpExceptionFailure(error);
  const refusal = bodyReadRefusalOf(error);
  if (refusal !== undefined) return bodyReadAnswer('SITES', refusal);
  return { status: 500, body: { code: 'SITES.INTERNAL_ERROR', message: 'Internal error' } };
}

function meshFailure(error: MeshError): HttpFailure {
  const body = { code: error.code, message: error.message };
  if (error instanceof ValidationError) return { status: 400, body: { ...body, violations: error.violations } };
  if (error instanceof NotFoundError) return { status: 404, body };
  if (error instanceof ConcurrencyError) return { status: 409, body: { ...body, expectedVersion: error.expectedVersion, actualVersion: error.actualVersion } };
  if (error instanceof RuleViolationError) return { status: 422, body: { ...body, rule: error.details['rule'] } };
  return error.retriable ? { status: 503, body, retryAfterSeconds: 2 } : { status: 500, body };
}

function httpExceptionFailure(error: HttpException): HttpFailure {
  const status = error.getStatus();
  // body-parser's errors may quote the body: never echo them.
  if (status === 400 || status === 413) {
    const rule = status === 413 ? 'size' : 'syntax';
    return { status, body: { code: 'SITES.MALFORMED_REQUEST', message: 'Request body could not be read', violations: [{ field: 'body', rule, message: 'must be a readable document within the size limit' }] } };
  }
  const report = error.getResponse();
  if (status === 503 && typeof report === 'object' && report !== null && 'details' in report) return { status, body: report as Record<string, unknown> };
  return { status, body: { code: `HTTP.${status}`, message: error.message } };
}
