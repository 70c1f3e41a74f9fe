import { Registry } from 'prom-client';
import { ConsumerMetrics } from './consumer-metrics';

describe('ConsumerMetrics', () => {
  it('counts outcomes per topic on the given registry', async () => {
    const registry = new Registry();
    const metrics = new ConsumerMetrics(registry);
    metrics.count('incidents', 'processed');
    metrics.count('incidents', 'processed');
    metrics.count('incidents', 'deadLettered');
    metrics.count('labels', 'skipped');
    expect(await metrics.countOf('incidents', 'processed')).toBe(2);
    expect(await metrics.countOf('incidents', 'deadLettered')).toBe(1);
    expect(await metrics.countOf('incidents', 'skipped')).toBe(0);
    expect(await registry.metrics()).toContain('usm_messaging_consumed_records_total{topic="labels",outcome="skipped"} 1');
  });

  it('lets several runners share one registry', async () => {
    const registry = new Registry();
    const first = new ConsumerMetrics(registry);
    const second = new ConsumerMetrics(registry);
    first.count('incidents', 'processed');
    second.count('incidents', 'processed');
    expect(await first.countOf('incidents', 'processed')).toBe(2);
  });
});
