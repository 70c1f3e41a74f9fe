import type { Verdict } from '../verdict/verdict';

/**
 * A validation result as the leaderboard reads it from validation.results.v1, local or replicated
 * (`<city>.validation.results.v1`). `metrics` is empty when the source city shares pass/fail only.
 */
export interface ValidationResultRecord {
  readonly runId: string;
  readonly city: string;
  readonly benchmarkId: string;
  readonly solution: { readonly solutionId: string; readonly version: string; readonly vendor: string };
  readonly releaseId: string;
  readonly metrics: Readonly<Record<string, number>>;
  readonly verdict: Verdict;
  readonly criteriaVersion: string;
  readonly completedAt: number;
}
