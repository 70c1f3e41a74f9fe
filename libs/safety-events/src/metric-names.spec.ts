import { metricNamingViolations } from '@usm/observability';
import { Registry } from 'prom-client';
import { PrometheusIngestMetrics } from './adapters/metrics/prometheus-ingest-metrics';
import { PrometheusMqttIngestMetrics } from './adapters/mqtt/mqtt-ingest-metrics';

describe('ingest metric names', () => {
  it('follow usm_<owner>_<name>_<unit> (ADR metric names), HTTP and MQTT', () => {
    const registry = new Registry();
    new PrometheusIngestMetrics(registry);
    new PrometheusMqttIngestMetrics(registry);
    expect(registry.getMetricsAsArray().map((metric) => metric.name).sort()).toEqual([
      'usm_ingest_events_accepted_total',
      'usm_ingest_events_duplicates_total',
      'usm_ingest_events_rejected_total',
      'usm_ingest_mqtt_connected',
      'usm_ingest_mqtt_messages_total',
      'usm_ingest_mqtt_retries_total',
    ]);
    expect(metricNamingViolations(registry)).toEqual([]);
  });
});
