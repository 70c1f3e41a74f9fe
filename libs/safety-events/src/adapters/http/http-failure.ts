import { HttpException } from '@nestjs/common';
import { ConcurrencyError, MeshError, NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { EventsInFlightError, IngestOverloadedError } from '../../application/ingest-errors';
import { notUtf8ErrorType } from './json-body-parser-options';

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

/** What body-parser (raw-body) attaches to its errors. */
interface BodyParserError {
  readonly type: string;
  readonly status: number;
  readonly limit?: number;
}

/** Maps every error that reaches the HTTP edge to one answer; the only place statuses are chosen. */
export function httpFailureOf(error: unknown): HttpFailure {
  if (error instanceof MeshError) return meshFailure(error);
  if (isBodyParserError(error)) return bodyParserFailure(error);
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

function bodyParserFailure(error: BodyParserError): HttpFailure {
  if (error.type === 'entity.too.large') {
    const limit = error.limit === undefined ? 'the limit' : `the limit of ${error.limit} bytes`;
    return { status: 413, body: { code: httpErrorCodes.payloadTooLarge, message: `Request body exceeds ${limit}; send fewer events per request` } };
  }
  // body-parser's own 415 (a charset that is not utf-*) and ours (not UTF-8) say the same to a caller.
  if (error.type === notUtf8ErrorType || error.type === 'charset.unsupported') {
    return { status: 415, body: { code: httpErrorCodes.unsupportedCharset, message: 'Request body must be JSON encoded as UTF-8 (content-type: application/json; charset=utf-8)' } };
  }
  return { status: error.status, body: { code: httpErrorCodes.badRequest, message: 'Request body could not be read' } };
}

function httpExceptionFailure(error: HttpException): HttpFailure {
  const status = error.getStatus();
  // Nest turns body-parser's JSON SyntaxError into a 400 whose message quotes the body: never echo it.
  if (status === 400 && /JSON/.test(error.message)) {
    return {
      status,
      body: { code: httpErrorCodes.malformedJson, message: 'Request body is not valid JSON', violations: [{ field: 'body', rule: 'json', message: 'must be valid JSON' }] },
    };
  }
  const response = error.getResponse();
  return { status, body: typeof response === 'string' ? { message: response } : (response as Record<string, unknown>) };
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return error instanceof Error && typeof (error as Partial<BodyParserError>).type === 'string' && typeof (error as Partial<BodyParserError>).status === 'number';
}
