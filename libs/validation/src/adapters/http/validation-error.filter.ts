import { STATUS_CODES } from 'node:http';
import { Catch, HttpException, Optional } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { ConcurrencyError, MeshError, NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { bodyReadAnswer, bodyReadRefusalOf } from '@usm/security';
import { HttpFailureLog, processFailureLog } from '@usm/observability';
import type { Response } from 'express';
import { PredictionsError } from '../../domain/predictions/predictions.errors';
import { AccessForbiddenError } from '../../application/validation.errors';
import { InferenceFailedError } from '../hosted/inference.errors';

/** The HTTP status and JSON body of an error of the validation API: the one place statuses are chosen. */
export function httpFailureOf(error: unknown): { status: number; body: Record<string, unknown> } {
  if (error instanceof MeshError) {
    const body: Record<string, unknown> = { code: error.code, message: error.message };
    if (error instanceof AccessForbiddenError) return { status: 403, body };
    if (error instanceof InferenceFailedError) return { status: 502, body };
    if (error instanceof PredictionsError || error instanceof ValidationError) return { status: 400, body: { ...body, violations: (error as ValidationError).violations } };
    if (error instanceof NotFoundError) return { status: 404, body };
    if (error instanceof ConcurrencyError) return { status: 409, body };
    if (error instanceof RuleViolationError) return { status: 422, body };
    return { status: error.retriable ? 503 : 500, body };
  }
  // Nest's own messages may quote the request (a path it has no route for, a parameter it could not decode): the status says enough.
  if (error instanceof HttpException) return { status: error.getStatus(), body: { code: `HTTP.${error.getStatus()}`, message: STATUS_CODES[error.getStatus()] ?? 'Error' } };
  const refusal = bodyReadRefusalOf(error);
  if (refusal !== undefined) return bodyReadAnswer('VALIDATION', refusal);
  return { status: 500, body: { code: 'VALIDATION.INTERNAL_ERROR', message: 'Internal error' } };
}

@Catch()
export class ValidationErrorFilter implements ExceptionFilter {
  private readonly log: HttpFailureLog;

  // Optional: a filter built without the observability module (unit specs) logs through Nest's logger.
  constructor(@Optional() log?: HttpFailureLog) {
    this.log = log ?? processFailureLog('ValidationHttp');
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const failure = httpFailureOf(error);
    if (failure.status >= 500) this.log.error(host.switchToHttp().getRequest(), { msg: 'request failed', code: error instanceof MeshError ? error.code : (error as Error)?.name });
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return void response.destroy();
    response.status(failure.status).json(failure.body);
  }
}
