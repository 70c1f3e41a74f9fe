import type { HealthIndicatorResult } from '@nestjs/terminus';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Kafka, logLevel } from 'kafkajs';
import type { MeshHealthIndicator } from './mesh-health-indicator';
import { reasonOf, withTimeout } from './with-timeout';

export interface KafkaBrokerIndicatorOptions {
  readonly brokers: readonly string[];
  readonly timeoutMs: number;
  readonly clientId?: string;
  /** The service's own SASL_SSL principal (the check authenticates like the service does); absent on an insecure node. */
  readonly security?: {
    readonly ca: string;
    readonly sasl: { readonly mechanism: 'scram-sha-512'; readonly username: string; readonly password: string };
  };
}

/** Up when the cluster answers `describeCluster` within the timeout; one short-lived admin connection per check. */
export class KafkaBrokerHealthIndicator implements MeshHealthIndicator {
  private readonly kafka: Kafka;
  private readonly results = new HealthIndicatorService();

  constructor(private readonly options: KafkaBrokerIndicatorOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'usm-health',
      brokers: [...options.brokers],
      connectionTimeout: options.timeoutMs,
      requestTimeout: options.timeoutMs,
      retry: { retries: 0 },
      ...(options.security === undefined ? {} : { ssl: { ca: [options.security.ca], rejectUnauthorized: true }, sasl: { ...options.security.sasl } }),
      // The outcome is reported by /health; kafkajs' own retry chatter would only repeat it.
      logLevel: logLevel.NOTHING,
    });
  }

  async check(key: string): Promise<HealthIndicatorResult> {
    const session = this.results.check(key);
    const admin = this.kafka.admin();
    try {
      const cluster = await withTimeout(
        admin.connect().then(() => admin.describeCluster()),
        this.options.timeoutMs,
        'Kafka describeCluster',
      );
      return session.up({ brokers: cluster.brokers.length });
    } catch (error) {
      return session.down({ message: reasonOf(error) });
    } finally {
      void admin.disconnect().catch(() => undefined);
    }
  }
}
