import { Counter, Gauge } from 'prom-client';
import type { Registry } from 'prom-client';

/** What the MQTT adapter reports: how device messages ended, retries while Kafka or PostgreSQL were away, the session. */
export interface MqttIngestMetrics {
  /** `ingested`: on Kafka (or a known duplicate); `refused`: dead-lettered and answered on the device's error topic. */
  message(outcome: 'ingested' | 'refused'): void;
  retried(): void;
  connected(up: boolean): void;
}

export const noMqttIngestMetrics: MqttIngestMetrics = { message: () => undefined, retried: () => undefined, connected: () => undefined };

/** The adapter's series in the service's registry (service and city labels come from the registry). */
export class PrometheusMqttIngestMetrics implements MqttIngestMetrics {
  private readonly messages: Counter<'outcome'>;
  private readonly retries: Counter;
  private readonly session: Gauge;

  constructor(registry: Registry) {
    this.messages = reuse(registry, 'usm_ingest_mqtt_messages_total', () => new Counter({ name: 'usm_ingest_mqtt_messages_total', help: 'Device messages acknowledged (PUBACK), by outcome: ingested or refused', labelNames: ['outcome'], registers: [registry] }));
    this.retries = reuse(registry, 'usm_ingest_mqtt_retries_total', () => new Counter({ name: 'usm_ingest_mqtt_retries_total', help: 'Attempts to ingest a device message again because Kafka or the ledger could not take it yet', registers: [registry] }));
    this.session = reuse(registry, 'usm_ingest_mqtt_connected', () => new Gauge({ name: 'usm_ingest_mqtt_connected', help: '1 while the ingest service holds its session on the MQTT broker', registers: [registry] }));
  }

  message(outcome: 'ingested' | 'refused'): void {
    this.messages.inc({ outcome });
  }

  retried(): void {
    this.retries.inc();
  }

  connected(up: boolean): void {
    this.session.set(up ? 1 : 0);
  }
}

/** A second module instance on one registry (one process, several nodes) shares the series instead of throwing. */
function reuse<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}
