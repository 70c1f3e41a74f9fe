import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stdTimeFunctions } from 'pino';
import type { Options } from 'pino-http';
import type { ObservabilityOptions } from '../observability.options';

/** Scrapes and probes would drown the request log. */
const quietPaths = new Set(['/health', '/health/live', '/health/ready', '/metrics']);
const requestIdPattern = /^[\w.-]{1,64}$/;

/** Belt and braces for app logs: bodies and payloads may carry personal data, whoever logs them. */
const redactedPaths = [
  'req.headers',
  'res.headers',
  'req.body',
  'req.query',
  'body',
  'payload',
  'event',
  'events',
  '*.body',
  '*.payload',
  '*.event',
  '*.events',
];

interface LoggedRequest {
  readonly id?: unknown;
  readonly method?: string;
  readonly url?: string;
}

/** Request URL without its query string, which may hold personal data. */
export function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** pino-http settings: JSON lines with service and city; requests logged as method, path, status and timing only. */
export function pinoHttpOptions(options: ObservabilityOptions): Options {
  return {
    level: options.logLevel,
    base: { service: options.serviceName, city: options.city },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    genReqId: requestId,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (req) => quietPaths.has(pathOf(req.url)) },
    serializers: {
      req: (req: LoggedRequest) => ({ id: req.id, method: req.method, path: pathOf(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
