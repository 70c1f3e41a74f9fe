import { Registry } from 'prom-client';
import { PrometheusWithdrawalMetrics } from './prometheus-withdrawal-metrics';

describe('PrometheusWithdrawalMetrics', () => {
  it('exports withdrawal times by origin and starting point, and notices by outcome', async () => {
    const registry = new Registry();
    const metrics = new PrometheusWithdrawalMetrics(registry);
    metrics.observeSuperseded('own', 'consentEnded', 12.5);
    metrics.observeSuperseded('partner', 'noticeArrived', 3);
    metrics.countNotice('partner', 'replayed');
    const text = await registry.metrics();
    expect(text).toContain('usm_datasets_withdrawal_seconds_sum{origin="own",since="consentEnded"} 12.5');
    expect(text).toContain('usm_datasets_withdrawal_seconds_bucket{le="60",origin="partner",since="noticeArrived"} 1');
    expect(text).toContain('usm_datasets_retraction_notices_total{origin="partner",outcome="replayed"} 1');
  });
});
