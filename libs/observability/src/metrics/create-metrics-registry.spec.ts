import { Counter } from 'prom-client';
import { createMetricsRegistry } from './create-metrics-registry';

describe('createMetricsRegistry', () => {
  it('exposes process metrics and labels every series with service and city', async () => {
    const registry = createMetricsRegistry({ serviceName: 'ingest', city: 'incheon' });
    new Counter({ name: 'usm_spec_total', help: 'spec', registers: [registry] }).inc(2);
    const text = await registry.metrics();
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="ingest",city="incheon"\} /m);
    expect(text).toMatch(/^usm_spec_total\{service="ingest",city="incheon"\} 2$/m);
  });

  it('gives each service its own registry', () => {
    const first = createMetricsRegistry({ serviceName: 'a', city: 'incheon' });
    new Counter({ name: 'usm_only_in_first_total', help: 'spec', registers: [first] });
    expect(createMetricsRegistry({ serviceName: 'b', city: 'incheon' }).getSingleMetric('usm_only_in_first_total')).toBeUndefined();
  });
});
