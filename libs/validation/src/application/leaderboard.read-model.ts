import type { ValidationResult } from '@usm/contracts';
import type { BenchmarkView } from '../domain/benchmark/benchmark.state';
import { emptyLeaderboard, foldResult } from '../domain/leaderboard/leaderboard.fold';
import type { LeaderboardRow } from '../domain/leaderboard/leaderboard.view';
import { leaderboardOf } from '../domain/leaderboard/leaderboard.view';
import type { ValidationResultRecord } from '../domain/leaderboard/validation-result';
import type { ResultFeed, RunStore } from './ports';
import { notReady } from './validation.errors';

/** A result off the topic as the leaderboard fold reads it; results without a benchmark (v1 records) are left out. */
export function recordOf(result: ValidationResult): ValidationResultRecord | undefined {
  if (result.benchmarkId === null) return undefined;
  return {
    runId: result.runId, city: result.city, benchmarkId: result.benchmarkId, solution: result.solution, releaseId: result.releaseId,
    metrics: result.metrics, verdict: result.verdict, criteriaVersion: result.criteriaVersion, completedAt: result.completedAt,
  };
}

/**
 * The cross-city leaderboard over local and replicated results (the domain's fold). This city's own runs are
 * shown with their full metrics from its run store, even when the topic copy carries the verdict only.
 */
export class LeaderboardReadModel {
  constructor(
    private readonly city: string,
    private readonly feed: ResultFeed,
    private readonly runs: RunStore,
  ) {}

  async results(): Promise<ValidationResult[]> {
    if (!this.feed.caughtUp) throw notReady('validation.results.v1');
    return Promise.all(this.feed.all().map(async (r) => (r.city === this.city ? ((await this.runs.get(r.runId))?.result ?? r) : r)));
  }

  async board(benchmarks: readonly BenchmarkView[]): Promise<LeaderboardRow[]> {
    const records = (await this.results()).flatMap((r) => recordOf(r) ?? []);
    return leaderboardOf(records.reduce(foldResult, emptyLeaderboard()), benchmarks, this.city);
  }
}
