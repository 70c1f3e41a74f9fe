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
  };
}

/** A kafkajs client for a connection. */
export function createKafka(connection: KafkaConnection): Kafka {
  return new Kafka(kafkaConfigOf(connection));
}
