/** What travels from a city: every metric, or only whether the solution passed. */
export const sharingPolicies = ['full', 'passFail'] as const;
export type SharingPolicy = (typeof sharingPolicies)[number];

/** A pass condition on one metric of the scorer's metric map (metricsOf), e.g. macroF1 at least 0.7. */
export interface MetricThreshold {
  readonly metric: string;
  readonly direction: 'atLeast' | 'atMost';
  readonly value: number;
}

/** A benchmark's definition: the task, the labels scored, the pass criteria and what may be shared. */
export interface BenchmarkDefinition {
  readonly benchmarkId: string;
  readonly task: string;
  readonly labels: readonly string[];
  readonly thresholds: readonly MetricThreshold[];
  /** Named on every result, so a verdict is read against the criteria it was made under. */
  readonly criteriaVersion: string;
  readonly sharingPolicy: SharingPolicy;
  /** In how many cities a solution must meet the thresholds to pass joint testing. */
  readonly minimumCities: number;
}

/** A city's adoption: the test split of its own release that the benchmark evaluates on there. */
export interface BenchmarkRelease {
  readonly city: string;
  readonly releaseId: string;
}

/** Metric names without a label suffix that the scorer produces. */
export const plainMetricNames = ['accuracy', 'macroF1', 'rocAuc', 'expectedCalibrationError', 'latencyP50Ms', 'latencyP99Ms'] as const;
/** Metric name prefixes followed by `.<label>`. */
export const perLabelMetricPrefixes = ['precision', 'recall', 'f1'] as const;
