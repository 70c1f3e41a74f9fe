import { Catch, Optional } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { MeshError } from '@usm/errors';
import { HttpFailureLog, processFailureLog } from '@usm/observability';
import type { Response } from 'express';
import { throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { httpFailureOf } from './http-failure';

/** The one place errors become HTTP answers (JSON bodies, `Retry-After` when a retry may help). */
@Catch()
export class MeshErrorFilter implements ExceptionFilter {
  private readonly log: HttpFailureLog;

  // Optional: a filter built without the observability module (unit specs) logs through Nest's logger.
  constructor(@Optional() log?: HttpFailureLog) {
    this.log = log ?? processFailureLog('MeshErrorFilter');
  }

  catch(error: unknown, host: ArgumentsHost): void | Observable<never> {
    // Kafka and other transports map errors in their own filter (the consumer runner's).
    if (host.getType() !== 'http') return throwError(() => error);
    const failure = httpFailureOf(error);
    const request = host.switchToHttp().getRequest<RoutedRequest>();
    if (failure.status >= 500) this.log.error(request, { msg: 'request failed', ...loggable(error) });
    // Body-parser refusals (413, malformed JSON) happen before the request logger runs: note them here, without the body.
    else if (request.id === undefined) this.log.warn(request, { msg: 'request refused before routing', method: request.method, path: request.originalUrl?.split('?')[0], status: failure.status });
    const response = host.switchToHttp().getResponse<Response>();
    if (failure.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(failure.retryAfterSeconds));
    response.status(failure.status).json(failure.body);
  }
}

/** pino-http sets `id` once it logs a request. */
interface RoutedRequest {
  readonly id?: unknown;
  readonly method?: string;
  readonly originalUrl?: string;
}

/** Mesh errors carry no personal data by design; any other error's message might quote a payload, so only its stack frames are kept. */
function loggable(error: unknown): Record<string, unknown> {
  if (error instanceof MeshError) {
    const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : undefined;
    return { code: error.code, retriable: error.retriable, details: error.details, cause };
  }
  if (!(error instanceof Error)) return { error: typeof error };
  return { error: error.name, frames: error.stack?.split('\n').slice(1).join('\n') };
}
