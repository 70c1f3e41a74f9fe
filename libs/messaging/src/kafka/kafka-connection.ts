import type { KafkaConfig } from 'kafkajs';
import { Kafka, logLevel } from 'kafkajs';

/** How a client reaches a city's Kafka cluster; numbers default to `defaultKafkaTimings`. */
export interface KafkaConnection {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly connectionTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly retry?: Partial<KafkaRetrySettings>;
  /** kafkajs log level; WARN by default because INFO logs every group join. */
  readonly logLevel?: logLevel;
  /** SASL_SSL: the city's CA and this client's SCRAM credentials; absent only on an insecure (PLAINTEXT) node. */
  readonly security?: KafkaClientSecurity;
}

/** TLS trust (PEM of the city's CA) and the SCRAM-SHA-512 principal a client authenticates as. */
export interface KafkaClientSecurity {
  readonly ca: string;
  readonly sasl: { readonly mechanism: 'scram-sha-512'; readonly username: string; readonly password: string };
}

/** Backoff of kafkajs's own retries (connections, metadata, sends) before an error reaches our code. */
export interface KafkaRetrySettings {
  readonly initialRetryTimeMs: number;
  readonly maxRetryTimeMs: number;
  readonly retries: number;
}

export const defaultKafkaTimings = {
  connectionTimeoutMs: 3_000,
  requestTimeoutMs: 30_000,
  retry: { initialRetryTimeMs: 300, maxRetryTimeMs: 30_000, retries: 8 },
} as const;

/** The kafkajs client configuration of a connection. */
export function kafkaConfigOf(connection: KafkaConnection): KafkaConfig {
  const retry = { ...defaultKafkaTimings.retry, ...connection.retry };
  return {
    brokers: [...connection.brokers],
    clientId: connection.clientId,
    connectionTimeout: connection.connectionTimeoutMs ?? defaultKafkaTimings.connectionTimeoutMs,
    requestTimeout: connection.requestTimeoutMs ?? defaultKafkaTimings.requestTimeoutMs,
    retry: { initialRetryTime: retry.initialRetryTimeMs, maxRetryTime: retry.maxRetryTimeMs, retries: retry.retries },
    logLevel: connection.logLevel ?? logLevel.WARN,
    ...(connection.security === undefined ? {} : securityConfigOf(connection.security)),
  };
}

/** kafkajs `ssl` (only the city's CA is trusted, host names checked) and `sasl` of a secured connection. */
export function securityConfigOf(security: KafkaClientSecurity): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const { mechanism, username, password } = security.sasl;
  return { ssl: { ca: [security.ca], rejectUnauthorized: true }, sasl: { mechanism, username, password } };
}

/** A kafkajs client for a connection. */
export function createKafka(connection: KafkaConnection): Kafka {
  return new Kafka(kafkaConfigOf(connection));
}
