import type { FieldViolation } from '@usm/errors';
import type { BenchmarkDefinition, MetricThreshold } from './benchmark.model';
import { perLabelMetricPrefixes, plainMetricNames, sharingPolicies } from './benchmark.model';

const v = (field: string, rule: string, message: string): FieldViolation => ({ field, rule, message });

/** Whether the scorer produces a metric of that name for these labels. */
export function isKnownMetric(metric: string, labels: readonly string[]): boolean {
  if ((plainMetricNames as readonly string[]).includes(metric)) return true;
  const [prefix, ...rest] = metric.split('.');
  return (perLabelMetricPrefixes as readonly string[]).includes(prefix ?? '') && labels.includes(rest.join('.'));
}

export function thresholdViolations(thresholds: readonly MetricThreshold[], labels: readonly string[]): FieldViolation[] {
  const found: FieldViolation[] = [];
  if (thresholds.length === 0) found.push(v('thresholds', 'thresholds.nonEmpty', 'a benchmark needs at least one pass condition'));
  thresholds.forEach((t, i) => {
    if (!isKnownMetric(t.metric, labels)) found.push(v(`thresholds.${i}.metric`, 'metric.known', 'a metric the scorer produces for these labels'));
    if (t.direction !== 'atLeast' && t.direction !== 'atMost') found.push(v(`thresholds.${i}.direction`, 'direction.enum', 'atLeast or atMost'));
    if (!Number.isFinite(t.value)) found.push(v(`thresholds.${i}.value`, 'value.finite', 'a finite number'));
  });
  return found;
}

export function benchmarkViolations(definition: BenchmarkDefinition): FieldViolation[] {
  const found: FieldViolation[] = [];
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(definition.benchmarkId)) found.push(v('benchmarkId', 'benchmarkId.format', 'lowercase letters, digits, dot, dash, underscore'));
  if (definition.task.trim() === '') found.push(v('task', 'task.required', 'must not be empty'));
  if (new Set(definition.labels).size < 2 || new Set(definition.labels).size !== definition.labels.length) found.push(v('labels', 'labels.distinct', 'at least two distinct labels'));
  if (definition.criteriaVersion.trim() === '') found.push(v('criteriaVersion', 'criteriaVersion.required', 'must not be empty'));
  if (!sharingPolicies.includes(definition.sharingPolicy)) found.push(v('sharingPolicy', 'sharingPolicy.enum', 'full or passFail'));
  if (!Number.isInteger(definition.minimumCities) || definition.minimumCities < 1) found.push(v('minimumCities', 'minimumCities.positive', 'an integer of at least 1'));
  return [...found, ...thresholdViolations(definition.thresholds, definition.labels)];
}
