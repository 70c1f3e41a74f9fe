import { z } from 'zod';

/** Log levels every service accepts in LOG_LEVEL. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

const hostPort = /^[^\s:/,;=]+:\d{1,5}$/;

/** zod fields for the settings every service of a city node shares; each message says what a value must be. */
export const envFields = {
  cityId: () => z.string().regex(/^[a-z][a-z0-9]*$/, 'must be a lowercase ASCII city id, e.g. incheon'),
  /** `host:port[,host:port…]` → a non-empty list. */
  brokerList: () =>
    z
      .string()
      .transform((list) => list.split(',').map((broker) => broker.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(hostPort, 'must be host:port')).min(1, 'must list at least one host:port')),
  registryUrl: () =>
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of the Confluent-compatible API' }).transform((url) => url.replace(/\/+$/, '')),
  postgresUrl: () => z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  databaseSchema: () => z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase PostgreSQL identifier'),
  integer: (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback),
  /** How long a readiness check waits for one dependency (HEALTH_TIMEOUT_MS), in ms; the same bounds in every service. */
  healthTimeoutMs: () => z.coerce.number().int().min(100).max(60_000).default(2_000),
  flag: (fallback: boolean) => z.enum(['true', 'false']).default(fallback ? 'true' : 'false').transform((value) => value === 'true'),
  topicName: () => z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, 'must be a Kafka topic name'),
  logLevel: () => z.enum(logLevels).default('info'),
};
