// Generated from schemas/validation/ValidationResult.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * Result of one AI solution evaluated on one dataset release. Topic validation.results.v1, key = runId. Shareable, so no `direct` field.
 * Avro: `mesh.validation.ValidationResult`.
 */
export interface ValidationResult {
  /** Id of the validation run aggregate. */
  readonly runId: string;
  /** Id of the city node that ran the evaluation. */
  readonly city: string;
  /** The AI solution evaluated. */
  readonly solution: SolutionRef;
  /** Id of the dataset release it was evaluated on. */
  readonly releaseId: string;
  /** Metric name to value, e.g. precision, recall, f1, latencyP95Ms. */
  readonly metrics: Readonly<Record<string, number>>;
  /** Outcome against the run's acceptance criteria. */
  readonly verdict: ValidationVerdict;
  /** Version of the acceptance criteria the verdict applies. */
  readonly criteriaVersion: string;
  /**
   * When the evaluation started, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly startedAt: number;
  /**
   * When the evaluation finished, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly completedAt: number;
}

/**
 * Identity of an AI solution under test.
 * Avro: `mesh.validation.SolutionRef`.
 */
export interface SolutionRef {
  /** Id of the solution as registered with the mesh. */
  readonly solutionId: string;
  /** Version of the solution evaluated. */
  readonly version: string;
  /** Organisation that provides the solution. */
  readonly vendor: string;
}

/** Symbols of {@link ValidationVerdict}, in schema order. */
export const validationVerdictSymbols = [
  'passed',
  'failed',
  'inconclusive',
] as const;

/**
 * Outcome of a validation run.
 * Avro: `mesh.validation.ValidationVerdict`.
 */
export type ValidationVerdict = (typeof validationVerdictSymbols)[number];
