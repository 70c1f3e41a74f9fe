import { Registry } from 'prom-client';
import { PrometheusPrivacyMetrics } from './prometheus-privacy-metrics';

describe('PrometheusPrivacyMetrics', () => {
  it('counts kept-local events by legal basis, sharing the counter between instances on one registry', async () => {
    const registry = new Registry();
    new PrometheusPrivacyMetrics(registry).keptLocal('statute');
    new PrometheusPrivacyMetrics(registry).keptLocal('statute');
    new PrometheusPrivacyMetrics(registry).keptLocal('publicTask');
    const text = await registry.metrics();
    expect(text).toContain('privacy_events_kept_local_total{basis="statute"} 2');
    expect(text).toContain('privacy_events_kept_local_total{basis="publicTask"} 1');
  });
});
