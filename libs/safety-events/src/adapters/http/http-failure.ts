import { HttpException } from '@nestjs/common';
import { ConcurrencyError, MeshError, NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { bodyReadRefusalOf } from '@usm/security';
import type { BodyReadRefusal } from '@usm/security';
import { EventsInFlightError, IngestOverloadedError } from '../../application/ingest-errors';

/** The HTTP answer to an error: status, JSON body, and when a retry may help. */
export interface HttpFailure {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly retryAfterSeconds?: number;
}

export const httpErrorCodes = {
  payloadTooLarge: 'HTTP.PAYLOAD_TOO_LARGE',
  unsupportedCharset: 'HTTP.UNSUPPORTED_CHARSET',
  malformedJson: 'HTTP.MALFORMED_JSON',
  badRequest: 'HTTP.BAD_REQUEST',
  internal: 'HTTP.INTERNAL_ERROR',
} as const;

/** Maps every error that reaches the HTTP edge to one answer; the only place statuses are chosen. */
export function httpFailureOf(error: unknown): HttpFailure {
  if (error instanceof MeshError) return meshFailure(error);
  const refusal = bodyReadRefusalOf(error);
  if (refusal !== undefined) return bodyReadFailure(refusal);
  if (error instanceof HttpException) return httpExceptionFailure(error);
  return { status: 500, body: { code: httpErrorCodes.internal, message: 'Internal error; nothing was ingested' } };
}

function meshFailure(error: MeshError): HttpFailure {
  const body = { code: error.code, message: error.message };
  if (error instanceof ValidationError) {
    const message = `${error.violations.length} violation(s) of the safety event contract; nothing was ingested`;
    return { status: 400, body: { ...body, message, violations: error.violations } };
  }
  if (error instanceof IngestOverloadedError) return { status: 429, body, retryAfterSeconds: 1 };
  if (error instanceof EventsInFlightError) return { status: 409, body: { ...body, eventIds: error.eventIds }, retryAfterSeconds: 1 };
  if (error instanceof NotFoundError) return { status: 404, body };
  if (error instanceof RuleViolationError || error instanceof ConcurrencyError) return { status: 409, body };
  return error.retriable ? { status: 503, body, retryAfterSeconds: 5 } : { status: 500, body };
}

const malformedJson: HttpFailure = {
  status: 400,
  body: { code: httpErrorCodes.malformedJson, message: 'Request body is not valid JSON', violations: [{ field: 'body', rule: 'json', message: 'must be valid JSON' }] },
};

function bodyReadFailure(refusal: BodyReadRefusal): HttpFailure {
  if (refusal.rule === 'size') {
    const limit = refusal.limitBytes === undefined ? 'the limit' : `the limit of ${refusal.limitBytes} bytes`;
    return { status: 413, body: { code: httpErrorCodes.payloadTooLarge, message: `Request body exceeds ${limit}; send fewer events per request` } };
  }
  if (refusal.rule === 'charset') {
    return { status: 415, body: { code: httpErrorCodes.unsupportedCharset, message: 'Request body must be JSON encoded as UTF-8 (content-type: application/json; charset=utf-8)' } };
  }
  if (refusal.rule === 'json') return malformedJson;
  return { status: refusal.status, body: { code: httpErrorCodes.badRequest, message: refusal.message } };
}

function httpExceptionFailure(error: HttpException): HttpFailure {
  const status = error.getStatus();
  // Nest turns body-parser's JSON SyntaxError into a 400 whose message quotes the body: never echo it.
  if (status === 400 && /JSON/.test(error.message)) {
    return malformedJson;
  }
  const response = error.getResponse();
  return { status, body: typeof response === 'string' ? { message: response } : (response as Record<string, unknown>) };
}
