import type { PinoLogger } from 'nestjs-pino';
import type { ProcessorLogger } from '@usm/messaging';

/** The stream processor's log lines through the service's pino logger (JSON, with service and city). */
export function pinoProcessorLogger(logger: PinoLogger): ProcessorLogger {
  return {
    info: (fields, message) => logger.info(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    error: (fields, message) => logger.error(fields, message),
  };
}
