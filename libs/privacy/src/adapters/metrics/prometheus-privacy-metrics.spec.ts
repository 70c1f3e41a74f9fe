import { Registry } from 'prom-client';
import { PrometheusPrivacyMetrics } from './prometheus-privacy-metrics';

describe('PrometheusPrivacyMetrics', () => {
  it('counts kept-local events by legal basis and reason, sharing the counter between instances on one registry', async () => {
    const registry = new Registry();
    new PrometheusPrivacyMetrics(registry).keptLocal('statute', 'gate-refused');
    new PrometheusPrivacyMetrics(registry).keptLocal('statute', 'gate-refused');
    new PrometheusPrivacyMetrics(registry).keptLocal('publicTask', 'gate-refused');
    new PrometheusPrivacyMetrics(registry).keptLocal('consent', 'unregistered-system');
    const text = await registry.metrics();
    expect(text).toContain('usm_privacy_events_kept_local_total{basis="statute",reason="gate-refused"} 2');
    expect(text).toContain('usm_privacy_events_kept_local_total{basis="publicTask",reason="gate-refused"} 1');
    expect(text).toContain('usm_privacy_events_kept_local_total{basis="consent",reason="unregistered-system"} 1');
  });

  it('counts dropped attributes by source kind, declared key and reason, adding up the tallies', async () => {
    const registry = new Registry();
    new PrometheusPrivacyMetrics(registry).attributesDropped('cctvAnalytics', [{ key: '(undeclared)', reason: 'undeclared', count: 3 }]);
    new PrometheusPrivacyMetrics(registry).attributesDropped('cctvAnalytics', [
      { key: '(undeclared)', reason: 'undeclared', count: 1 },
      { key: 'confidence', reason: 'out-of-range', count: 1 },
    ]);
    const text = await registry.metrics();
    expect(text).toContain('usm_privacy_attributes_dropped_total{source_kind="cctvAnalytics",key="(undeclared)",reason="undeclared"} 4');
    expect(text).toContain('usm_privacy_attributes_dropped_total{source_kind="cctvAnalytics",key="confidence",reason="out-of-range"} 1');
  });
});
