import { Catch, Optional } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { MeshError } from '@usm/errors';
import { HttpFailureLog, processFailureLog } from '@usm/observability';
import type { Response } from 'express';
import { httpFailureOf } from './labels-http-failure';

/** Maps every error of the labels HTTP API to a JSON answer (see `httpFailureOf`). */
@Catch()
export class LabelsErrorFilter implements ExceptionFilter {
  private readonly log: HttpFailureLog;

  // Optional: a filter built without the observability module (unit specs) logs through Nest's logger.
  constructor(@Optional() log?: HttpFailureLog) {
    this.log = log ?? processFailureLog('LabelsHttp');
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const failure = httpFailureOf(error);
    if (failure.status >= 500) this.log.error(host.switchToHttp().getRequest(), { msg: 'request failed', error: error instanceof MeshError ? error.toJSON() : (error as Error)?.name });
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return void response.destroy();
    for (const [name, value] of Object.entries(failure.headers ?? {})) response.setHeader(name, value);
    response.status(failure.status).json(failure.body);
  }
}
