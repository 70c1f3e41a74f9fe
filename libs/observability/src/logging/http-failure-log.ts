import { Logger } from '@nestjs/common';
import type { Logger as PinoLogger } from 'pino';

type Fields = Readonly<Record<string, unknown>>;

/** pino-http puts the request's logger (service, city, request id) on a request it has seen. */
interface LoggedRequest {
  readonly log?: Pick<PinoLogger, 'error' | 'warn'>;
}

/**
 * Where an exception filter notes a failed or refused request, tagged with its own service. Nest's static `Logger`
 * is one per process, so in a city node (every context in one process) it names whichever context started last;
 * this log belongs to one app. Requests refused before pino-http saw them (body-parser errors) use the service's logger.
 */
export class HttpFailureLog {
  constructor(private readonly service: Pick<PinoLogger, 'error' | 'warn'>) {}

  error(request: unknown, fields: Fields): void {
    this.loggerOf(request).error(fields);
  }

  warn(request: unknown, fields: Fields): void {
    this.loggerOf(request).warn(fields);
  }

  private loggerOf(request: unknown): Pick<PinoLogger, 'error' | 'warn'> {
    return (request as LoggedRequest | undefined)?.log ?? this.service;
  }
}

/** For a filter built without the observability module (unit specs): Nest's process-wide logger, as before. */
export function processFailureLog(context: string): HttpFailureLog {
  const logger = new Logger(context);
  return new HttpFailureLog({ error: (fields: Fields) => logger.error(fields), warn: (fields: Fields) => logger.warn(fields) } as Pick<PinoLogger, 'error' | 'warn'>);
}
