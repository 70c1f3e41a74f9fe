import { HttpException } from '@nestjs/common';
import { ConcurrencyError, MeshError, NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { bodyReadAnswer, bodyReadRefusalOf } from '@usm/security';
import { DownloadForbiddenError, ReleaseGoneError, SignedUrlRefusedError } from '../../application/download-errors';

/** The HTTP answer to an error of the datasets API. */
export interface HttpFailure {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The only place statuses are chosen; a withdrawn release is 410 with a Link to its successor. */
export function httpFailureOf(error: unknown): HttpFailure {
  if (error instanceof MeshError) return meshFailure(error);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 400) return { status, body: { code: 'DATASETS.MALFORMED_REQUEST', message: 'Request body could not be read', violations: [{ field: 'body', rule: 'json', message: 'must be a valid JSON object' }] } };
    const report = error.getResponse();
    if (status === 503 && typeof report === 'object' && report !== null && 'details' in report) return { status, body: report as Record<string, unknown> };
    return { status, body: { code: `HTTP.${status}`, message: error.message } };
  }
  const refusal = bodyReadRefusalOf(error);
  if (refusal !== undefined) return bodyReadAnswer('DATASETS', refusal);
  return { status: 500, body: { code: 'DATASETS.INTERNAL_ERROR', message: 'Internal error' } };
}

function meshFailure(error: MeshError): HttpFailure {
  const body = { code: error.code, message: error.message };
  if (error instanceof ReleaseGoneError) {
    const link = error.supersededBy ? { Link: `</v1/releases/${encodeURIComponent(error.supersededBy)}>; rel="successor-version"` } : undefined;
    return { status: 410, body: { ...body, supersededBy: error.supersededBy }, ...(link ? { headers: link } : {}) };
  }
  if (error instanceof DownloadForbiddenError || error instanceof SignedUrlRefusedError) return { status: 403, body };
  if (error instanceof ValidationError) return { status: 400, body: { ...body, violations: error.violations } };
  if (error instanceof NotFoundError) return { status: 404, body };
  if (error instanceof ConcurrencyError) return { status: 409, body: { ...body, expectedVersion: error.expectedVersion, actualVersion: error.actualVersion } };
  if (error instanceof RuleViolationError) return { status: 422, body };
  return error.retriable ? { status: 503, body, headers: { 'Retry-After': '5' } } : { status: 500, body };
}
