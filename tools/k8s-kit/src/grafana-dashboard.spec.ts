import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConsumerMetrics, TransactionalMetrics } from '@usm/messaging';
import { Registry } from 'prom-client';

interface Dashboard {
  panels: { title: string; targets: { expr: string }[] }[];
  templating: { list: { name: string; query?: unknown }[] };
}

const root = join(__dirname, '../../..');
const dashboard = JSON.parse(readFileSync(join(root, 'infra/grafana/urban-safety-mesh.json'), 'utf8')) as Dashboard;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Every metric the services register: the shared messaging metrics as a registry lists them, and the names the
 * context adapters give their prom-client Counters, Gauges and Histograms (read from their sources, which the
 * contexts do not export).
 */
async function registeredMetrics(): Promise<Map<string, string>> {
  const registry = new Registry();
  new ConsumerMetrics(registry);
  new TransactionalMetrics(registry);
  const found = new Map((await registry.getMetricsAsJSON()).map((m) => [m.name, String(m.type)] as const));
  for (const file of [...sourceFiles(join(root, 'libs')), ...sourceFiles(join(root, 'apps'))]) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes("from 'prom-client'")) continue;
    const type = text.includes('new Histogram') ? 'histogram' : 'scalar';
    for (const match of text.matchAll(/(?:name:\s*|const \w+ = |counter\(registry, |\b\w+: )'([a-z_:][a-z0-9_:]*)'/g)) {
      const name = match[1] ?? '';
      if (name.includes('_')) found.set(name, found.get(name) ?? type);
    }
  }
  return found;
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
    for (const metric of ['usm_privacy_events_kept_local_total', 'usm_messaging_dead_letters_total', 'usm_privacy_quarantined_total', 'usm_federation_replication_lag_seconds', 'usm_datasets_retraction_notices_total', 'usm_ingest_events_accepted_total']) expect(all).toContain(metric);
    expect(all).toMatch(/dataset\.releases\|validation\.results/);
  });
});
