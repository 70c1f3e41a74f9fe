import type { ValidationResult } from '@usm/contracts';
import type { BenchmarkDefinition } from '../domain/benchmark/benchmark.model';
import { joinPredictions } from '../domain/predictions/join-predictions';
import { parsePredictions } from '../domain/predictions/predictions.parser';
import type { ScoreReport } from '../domain/scoring/score-report';
import { scorePredictions } from '../domain/scoring/score-predictions';
import type { ThresholdCheck, Verdict } from '../domain/verdict/verdict';
import { judgeMetrics } from '../domain/verdict/verdict';
import type { PublishedClaim, VerificationProblem } from '../domain/verification/verify-result';
import { verifyResult } from '../domain/verification/verify-result';
import type { FileDigest } from './digests';
import { releaseDigestOf, sha256Hex } from './digests';
import { resultMetricsOf } from './result-metrics';
import type { TestRow } from './test-split';
import { testLabelsOf } from './test-split';

/** What scoring a run needs: the test rows (with labels), the predictions as uploaded or recorded, the benchmark. */
export interface EvaluationInput {
  readonly rows: readonly TestRow[];
  readonly predictionsJsonl: string;
  readonly benchmark: Pick<BenchmarkDefinition, 'labels' | 'thresholds'>;
  readonly releaseFiles: readonly FileDigest[];
  /** IANA zone of the city, for the time-of-day slice. */
  readonly timeZone: string;
  /** Hosted mode: measured latency of each inference call. */
  readonly latenciesMs?: readonly number[];
}

/** A scored run: the report, its metric map, the verdict and what makes it verifiable. */
export interface Evaluation {
  readonly report: ScoreReport;
  readonly metrics: Record<string, number>;
  readonly verdict: Verdict;
  readonly checks: ThresholdCheck[];
  readonly scorerVersion: string;
  readonly releaseFiles: readonly FileDigest[];
  readonly releaseSha256: string;
  readonly predictionsSha256: string;
  readonly examples: number;
}

/** Scores predictions on a test split and judges them (pure; the service and `mesh validation verify` both call it). */
export function evaluate(input: EvaluationInput): Evaluation {
  const labels = [...input.benchmark.labels];
  const predictions = parsePredictions(input.predictionsJsonl, labels);
  const examples = joinPredictions(testLabelsOf(input.rows, input.timeZone), predictions);
  const report = scorePredictions({ examples, labels, ...(input.latenciesMs && input.latenciesMs.length > 0 ? { latenciesMs: input.latenciesMs } : {}) });
  const metrics = resultMetricsOf(report);
  const { verdict, checks } = judgeMetrics(input.benchmark.thresholds, metrics);
  return {
    report, metrics, verdict, checks,
    scorerVersion: report.scorerVersion,
    releaseFiles: [...input.releaseFiles],
    releaseSha256: releaseDigestOf(input.releaseFiles),
    predictionsSha256: sha256Hex(input.predictionsJsonl),
    examples: report.examples,
  };
}

/** Measured, not recomputable from files: a verifier takes them as published. */
export const measuredMetrics = ['latencyP50Ms', 'latencyP99Ms'] as const;

const withoutMeasured = (metrics: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.entries(metrics).filter(([name]) => !(measuredMetrics as readonly string[]).includes(name)));

/** The claim a verifier holding the files recomputes: release files as they hash on its disk, the predictions it holds. */
export interface VerificationInput {
  readonly result: Pick<ValidationResult, 'scorerVersion' | 'releaseSha256' | 'predictionsSha256' | 'metrics' | 'sharing'>;
  readonly rows: readonly TestRow[];
  readonly predictionsJsonl: string;
  readonly labels: readonly string[];
  readonly releaseFiles: readonly FileDigest[];
  readonly timeZone: string;
}

/**
 * Recomputes a result from the files and compares (verifyResult). A passFail copy carries no metrics: then only the
 * hashes and the scorer version are compared, and the verdict must be re-judged by whoever holds the thresholds.
 */
export function verifyAgainstFiles(input: VerificationInput): { verified: boolean; problems: VerificationProblem[]; recomputed: PublishedClaim } {
  const evaluation = evaluate({ rows: input.rows, predictionsJsonl: input.predictionsJsonl, benchmark: { labels: input.labels, thresholds: [] }, releaseFiles: input.releaseFiles, timeZone: input.timeZone });
  const published: PublishedClaim = {
    scorerVersion: input.result.scorerVersion ?? '',
    releaseSha256: input.result.releaseSha256 ?? '',
    predictionsSha256: input.result.predictionsSha256 ?? '',
    metrics: withoutMeasured(input.result.metrics),
  };
  const metricsShared = input.result.sharing === 'full' && Object.keys(input.result.metrics).length > 0;
  const recomputed: PublishedClaim = {
    scorerVersion: evaluation.scorerVersion,
    releaseSha256: evaluation.releaseSha256,
    predictionsSha256: evaluation.predictionsSha256,
    metrics: metricsShared ? withoutMeasured(evaluation.metrics) : {},
  };
  return { ...verifyResult(published, recomputed), recomputed };
}

/** The copy of a result that travels on validation.results.v1: with a passFail benchmark, the verdict only. */
export function shareableResult(result: ValidationResult): ValidationResult {
  return result.sharing === 'passFail' ? { ...result, metrics: {} } : result;
}
