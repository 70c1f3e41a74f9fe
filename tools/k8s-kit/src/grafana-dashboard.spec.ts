import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { PrometheusFederationMetrics } from '../../../libs/federation/src/adapters/metrics/prometheus-federation-metrics';
import { PrometheusPrivacyMetrics } from '../../../libs/privacy/src/adapters/metrics/prometheus-privacy-metrics';
import { QuarantineMetrics } from '../../../libs/privacy/src/adapters/kafka/quarantine-metrics';
import { ConsumerMetrics } from '../../../libs/messaging/src/consumer/consumer-metrics';
import { TransactionalMetrics } from '../../../libs/messaging/src/transactional/transactional-metrics';
import { PrometheusIngestMetrics } from '../../../libs/safety-events/src/adapters/metrics/prometheus-ingest-metrics';
import { PrometheusWithdrawalMetrics } from '../../../libs/datasets/src/withdrawal/adapters/metrics/prometheus-withdrawal-metrics';

interface Dashboard {
  panels: { title: string; targets: { expr: string }[] }[];
  templating: { list: { name: string; query?: unknown }[] };
}

const dashboard = JSON.parse(readFileSync(join(__dirname, '../../../infra/grafana/urban-safety-mesh.json'), 'utf8')) as Dashboard;

/** Every metric the services register, read from a registry the real metric classes registered into. */
async function registeredMetrics(): Promise<Map<string, string>> {
  const registry = new Registry();
  new PrometheusFederationMetrics(registry);
  new PrometheusPrivacyMetrics(registry);
  new QuarantineMetrics(registry);
  new ConsumerMetrics(registry);
  new TransactionalMetrics(registry);
  new PrometheusIngestMetrics(registry);
  new PrometheusWithdrawalMetrics(registry);
  const metrics = await registry.getMetricsAsJSON();
  return new Map(metrics.map((m) => [m.name, String(m.type)]));
}

const functions = new Set(['sum', 'max', 'min', 'avg', 'count', 'rate', 'increase', 'irate', 'histogram_quantile', 'by', 'without', 'label_values', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless']);

/** The metric names a PromQL expression reads: identifiers outside label matchers, groupings, ranges and strings. */
export function metricNamesOf(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, ' ');
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)].map((m) => m[0]).filter((name) => !functions.has(name) && !/^\$/.test(name));
}

describe('Grafana dashboard (infra/grafana/urban-safety-mesh.json)', () => {
  const exprs = [...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)), ...dashboard.templating.list.flatMap((v) => (typeof v.query === 'string' && v.query.startsWith('label_values(') ? [v.query.replace(/^label_values\(([^,]+),.*$/, '$1')] : []))];

  it('reads metric names from PromQL, ignoring labels, functions and ranges', () => {
    expect(metricNamesOf('histogram_quantile(0.95, sum by (le, city) (rate(a_seconds_bucket{city=~"$city",topic="x.y"}[$__rate_interval]))) - max(b_total)')).toEqual(['a_seconds_bucket', 'b_total']);
  });

  it('only queries metrics the services register (histogram series through their base name)', async () => {
    const registered = await registeredMetrics();
    const unknown = exprs.flatMap(metricNamesOf).filter((name) => {
      const base = name.replace(/_(bucket|sum|count)$/, '');
      return !registered.has(name) && registered.get(base) !== 'histogram';
    });
    expect(exprs.length).toBeGreaterThan(10);
    expect(unknown).toEqual([]);
  });

  it('covers the console views: shared, kept local, dead-lettered, quarantined, replication lag, withdrawals, releases and validation results', () => {
    const all = exprs.join('\n');
    for (const metric of ['privacy_events_kept_local_total', 'mesh_messaging_dead_letters_total', 'privacy_quarantined_total', 'mesh_federation_replication_lag_seconds', 'mesh_datasets_retraction_notices_total', 'usm_ingest_events_accepted_total']) expect(all).toContain(metric);
    expect(all).toMatch(/dataset\.releases\|validation\.results/);
  });
});
