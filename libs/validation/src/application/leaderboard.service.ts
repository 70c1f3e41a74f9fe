import { Injectable } from '@nestjs/common';
import type { BenchmarkView } from '../domain/benchmark/benchmark.state';
import type { LeaderboardState } from '../domain/leaderboard/leaderboard.fold';
import { emptyLeaderboard, foldResult } from '../domain/leaderboard/leaderboard.fold';
import type { LeaderboardRow } from '../domain/leaderboard/leaderboard.view';
import { leaderboardOf } from '../domain/leaderboard/leaderboard.view';
import type { ValidationResultRecord } from '../domain/leaderboard/validation-result';

/** The cross-city leaderboard over local and replicated results. */
@Injectable()
export class LeaderboardService {
  build(results: readonly ValidationResultRecord[], benchmarks: readonly BenchmarkView[], viewerCity: string): LeaderboardRow[] {
    return leaderboardOf(results.reduce(foldResult, emptyLeaderboard()), benchmarks, viewerCity);
  }

  fold(state: LeaderboardState, result: ValidationResultRecord): LeaderboardState {
    return foldResult(state, result);
  }
}
