// Generated from schemas/validation/ValidationResult.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * Result of one AI solution evaluated on one dataset release. Topic validation.results.v1, key = runId. Shareable, so no `direct` field. Fields after completedAt make a result verifiable (hashes, scorer version) and comparable (benchmark, mode); all have defaults so older records still read.
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
  /** Metric name to value as the scorer flattens its report: accuracy, macroF1, rocAuc, expectedCalibrationError, <metric>.ci.lower|upper, precision|recall|f1.<label>, slice.<dimension>.<value>.accuracy|macroF1|examples, latencyP50Ms, latencyP99Ms. Empty when the sharing policy is passFail: only the verdict travels. */
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
  /** Id of the benchmark the run evaluated against; null on results written before benchmarks existed. */
  readonly benchmarkId: string | null;
  /** Evaluation mode of the run. */
  readonly mode: EvaluationMode | null;
  /** Version of the scorer that computed the metrics (e.g. usm-scorer-1); a verifier recomputes with the same version. */
  readonly scorerVersion: string | null;
  /** The release files scored against (the test split), with their SHA-256. */
  readonly releaseFiles: ReadonlyArray<ReleaseFileDigest>;
  /** SHA-256 over the sorted `path:sha256` lines of releaseFiles: one digest a verifier compares. */
  readonly releaseSha256: string | null;
  /** SHA-256 of the predictions as scored (the uploaded JSON Lines, or in hosted mode the JSON Lines the city recorded from the endpoint's answers). */
  readonly predictionsSha256: string | null;
  /** Sharing policy of the benchmark; with passFail, metrics is empty and only the verdict travels. */
  readonly sharing: ResultSharing;
  /** Number of test examples scored. */
  readonly examples: number | null;
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

/** Symbols of {@link EvaluationMode}, in schema order. */
export const evaluationModeSymbols = [
  'predictions',
  'hosted',
] as const;

/**
 * How the city obtained the predictions: uploaded by the company, or by calling its inference endpoint from inside the city.
 * Avro: `mesh.validation.EvaluationMode`.
 */
export type EvaluationMode = (typeof evaluationModeSymbols)[number];

/**
 * One release file the run read, with its SHA-256.
 * Avro: `mesh.validation.ReleaseFileDigest`.
 */
export interface ReleaseFileDigest {
  /** Path of the file within the release, e.g. test.parquet. */
  readonly path: string;
  /** Lowercase hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}

/** Symbols of {@link ResultSharing}, in schema order. */
export const resultSharingSymbols = [
  'full',
  'passFail',
] as const;

/**
 * What the benchmark lets partners see: every metric, or the verdict only.
 * Avro: `mesh.validation.ResultSharing`.
 */
export type ResultSharing = (typeof resultSharingSymbols)[number];
