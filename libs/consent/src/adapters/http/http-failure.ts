import { HttpException } from '@nestjs/common';
import { ConcurrencyError, MeshError, NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { bodyReadAnswer, bodyReadRefusalOf } from '@usm/security';

/** The HTTP answer to an error. */
export interface HttpFailure {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly retryAfterSeconds?: number;
}

/**
 * The only place statuses are chosen. 409 is kept for version conflicts (re-read and retry), so a
 * transition the aggregate refuses is 422: retrying it unchanged cannot help.
 */
export function httpFailureOf(error: unknown): HttpFailure {
  if (error instanceof MeshError) return meshFailure(error);
  if (error instanceof HttpException) return httpExceptionFailure(error);
  const refusal = bodyReadRefusalOf(error);
  if (refusal !== undefined) return bodyReadAnswer('LEDGER', refusal);
  return { status: 500, body: { code: 'LEDGER.INTERNAL_ERROR', message: 'Internal error' } };
}

function meshFailure(error: MeshError): HttpFailure {
  const body = { code: error.code, message: error.message };
  if (error instanceof ValidationError) return { status: 400, body: { ...body, violations: error.violations } };
  if (error instanceof NotFoundError) return { status: 404, body };
  if (error instanceof ConcurrencyError) {
    return { status: 409, body: { ...body, expectedVersion: error.expectedVersion, actualVersion: error.actualVersion } };
  }
  if (error instanceof RuleViolationError) return { status: 422, body };
  return error.retriable ? { status: 503, body, retryAfterSeconds: 5 } : { status: 500, body };
}

function httpExceptionFailure(error: HttpException): HttpFailure {
  const status = error.getStatus();
  // body-parser's JSON errors quote the body, which may hold personal data: never echo them.
  if (status === 400) {
    const violations = [{ field: 'body', rule: 'json', message: 'must be a valid JSON object' }];
    return { status, body: { code: 'LEDGER.MALFORMED_REQUEST', message: 'Request body could not be read', violations } };
  }
  // Terminus answers a red health check with a 503 carrying its report (names and states, no input): keep it.
  const report = error.getResponse();
  if (status === 503 && typeof report === 'object' && report !== null && 'details' in report) return { status, body: report as Record<string, unknown> };
  return { status, body: { code: `HTTP.${status}`, message: error.message } };
}
