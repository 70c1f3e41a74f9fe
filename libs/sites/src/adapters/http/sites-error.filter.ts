import { Catch, Optional } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { MeshError } from '@usm/errors';
import { HttpFailureLog, processFailureLog } from '@usm/observability';
import type { Response } from 'express';
import { httpFailureOf } from './http-failure';

/** Maps every error of the sites API to a JSON answer (see `httpFailureOf`). */
@Catch()
export class SitesErrorFilter implements ExceptionFilter {
  private readonly log: HttpFailureLog;

  // Optional: a filter built without the observability module (unit specs) logs through Nest's logger.
  constructor(@Optional() log?: HttpFailureLog) {
    this.log = log ?? processFailureLog('SitesHttp');
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const failure = httpFailureOf(error);
    if (failure.status >= 500) this.log.error(host.switchToHttp().getRequest(), { msg: 'request failed', error: error instanceof MeshError ? error.toJSON() : (error as Error)?.name });
    const response = host.switchToHttp().getResponse<Response>();
    if (failure.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(failure.retryAfterSeconds));
    response.status(failure.status).json(failure.body);
  }
}
