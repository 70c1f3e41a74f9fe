import type { Registry } from 'prom-client';

/**
 * Who may own a metric (ADR "metric names"): the bounded contexts, and the shared libraries that register the same
 * metrics in every service using them. `usm_<owner>_<name>_<unit>`.
 */
export const metricOwners = ['ingest', 'privacy', 'consent', 'federation', 'datasets', 'labels', 'sites', 'validation', 'messaging', 'event_sourcing'] as const;

/** Base units: durations, sizes, counts of records, fractions. A histogram or summary ends with one of them. */
const units = ['seconds', 'bytes', 'records', 'ratio'];

/** A gauge ends with a unit, the plural of what else it counts, a Kafka offset, or the 0/1 state it reports. */
const gaugeEndings = [...units, 'rows', 'topics', 'agreements', 'failures', 'offset', 'up', 'connected', 'status', 'info'];

/** Set on every series by the service's registry (`service`, `city`) or by Prometheus itself (`le`, `quantile`). */
const reservedLabels = ['service', 'city', 'le', 'quantile'];

const snakeCase = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const owned = new RegExp(`^usm_(${metricOwners.join('|')})_[a-z0-9]`);

/** The metric as the convention sees it: its name, prom-client type and label names. */
export interface MetricDefinition {
  readonly name: string;
  readonly type: string;
  readonly labelNames: readonly string[];
}

/** Why a metric breaks the naming convention, one sentence per rule broken; none when it follows it. */
export function metricNamingProblems({ name, type, labelNames }: MetricDefinition): string[] {
  const problems: string[] = [];
  const ending = name.slice(name.lastIndexOf('_') + 1);
  if (!snakeCase.test(name)) problems.push(`${name}: not lower snake case`);
  if (!owned.test(name)) problems.push(`${name}: does not start with usm_<owner>_ (${metricOwners.join(', ')})`);
  if (type === 'counter' && ending !== 'total') problems.push(`${name}: a counter ends with _total`);
  if (type !== 'counter' && ending === 'total') problems.push(`${name}: only a counter ends with _total`);
  if ((type === 'histogram' || type === 'summary') && !units.includes(ending)) problems.push(`${name}: a ${type} ends with a unit (${units.join(', ')})`);
  if (type === 'gauge' && !gaugeEndings.includes(ending)) problems.push(`${name}: a gauge ends with one of ${gaugeEndings.join(', ')}`);
  for (const label of labelNames) {
    if (!snakeCase.test(label)) problems.push(`${name}{${label}}: a label is lower snake case`);
    if (reservedLabels.includes(label)) problems.push(`${name}{${label}}: ${label} is reserved`);
  }
  return problems;
}

/** Every problem of every metric registered in `registry` (prom-client keeps the label names on the metric). */
export function metricNamingViolations(registry: Registry): string[] {
  return registry
    .getMetricsAsArray()
    .flatMap((metric) => metricNamingProblems({ name: metric.name, type: String(metric.type), labelNames: (metric as { labelNames?: readonly string[] }).labelNames ?? [] }));
}
