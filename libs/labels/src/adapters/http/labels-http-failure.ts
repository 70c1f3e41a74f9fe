import { HttpException } from '@nestjs/common';
import { ConcurrencyError, MeshError, NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { bodyReadAnswer, bodyReadRefusalOf } from '@usm/security';

/** The HTTP answer to an error of the labels API. */
export interface HttpFailure {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The only place statuses are chosen. */
export function httpFailureOf(error: unknown): HttpFailure {
  if (error instanceof MeshError) {
    const body = { code: error.code, message: error.message };
    if (error instanceof ValidationError) return { status: 400, body: { ...body, violations: error.violations } };
    if (error instanceof NotFoundError) return { status: 404, body };
    if (error instanceof ConcurrencyError) return { status: 409, body };
    if (error instanceof RuleViolationError) return { status: 422, body };
    return error.retriable ? { status: 503, body, headers: { 'Retry-After': '5' } } : { status: 500, body };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 400) return { status, body: { code: 'LABELS.MALFORMED_REQUEST', message: 'Request body could not be read' } };
    const report = error.getResponse();
    if (status === 503 && typeof report === 'object' && report !== null && 'details' in report) return { status, body: report as Record<string, unknown> };
    return { status, body: { code: `HTTP.${status}`, message: error.message } };
  }
  const refusal = bodyReadRefusalOf(error);
  if (refusal !== undefined) return bodyReadAnswer('LABELS', refusal);
  return { status: 500, body: { code: 'LABELS.INTERNAL_ERROR', message: 'Internal error' } };
}
