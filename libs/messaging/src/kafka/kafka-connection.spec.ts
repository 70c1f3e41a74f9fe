import { logLevel } from 'kafkajs';
import { defaultKafkaTimings, kafkaConfigOf } from './kafka-connection';
import { meshProducerConfig } from './producer-settings';

describe('kafka connection', () => {
  it('fills in timings and retries from the defaults', () => {
    expect(kafkaConfigOf({ brokers: ['127.0.0.1:19092'], clientId: 'ingest' })).toEqual({
      brokers: ['127.0.0.1:19092'],
      clientId: 'ingest',
      connectionTimeout: defaultKafkaTimings.connectionTimeoutMs,
      requestTimeout: defaultKafkaTimings.requestTimeoutMs,
      retry: { initialRetryTime: 300, maxRetryTime: 30_000, retries: 8 },
      logLevel: logLevel.WARN,
    });
  });

  it('takes configured numbers over the defaults, one by one', () => {
    const config = kafkaConfigOf({ brokers: ['b:1'], clientId: 'c', connectionTimeoutMs: 500, retry: { retries: 2 }, logLevel: logLevel.ERROR });
    expect(config).toMatchObject({ connectionTimeout: 500, retry: { initialRetryTime: 300, retries: 2 }, logLevel: logLevel.ERROR });
  });

  it('adds TLS trusting only the city CA and SCRAM credentials when the connection is secured', () => {
    const security = { ca: '-----BEGIN CERTIFICATE-----\nX\n-----END CERTIFICATE-----\n', sasl: { mechanism: 'scram-sha-512' as const, username: 'ingest', password: 'p' } };
    expect(kafkaConfigOf({ brokers: ['b:1'], clientId: 'c', security })).toMatchObject({
      ssl: { ca: [security.ca], rejectUnauthorized: true },
      sasl: { mechanism: 'scram-sha-512', username: 'ingest', password: 'p' },
    });
  });

  it('makes idempotent producers with one request in flight that never create topics', () => {
    expect(meshProducerConfig()).toMatchObject({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    expect(meshProducerConfig({ allowAutoTopicCreation: true }).allowAutoTopicCreation).toBe(true);
  });
});
