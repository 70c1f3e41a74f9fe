import type { ValidationResultRecord } from './validation-result';

/** The latest result per benchmark, solution version and city: what the leaderboard is computed from. */
export interface LeaderboardState {
  readonly latest: Readonly<Record<string, ValidationResultRecord>>;
}

export const emptyLeaderboard = (): LeaderboardState => ({ latest: {} });

const keyOf = (r: ValidationResultRecord): string => JSON.stringify([r.benchmarkId, r.solution.solutionId, r.solution.version, r.city]);

/** Whether `a` supersedes `b`: completed later, or at the same time with a larger run id (a total order, so replay order never matters). */
function supersedes(a: ValidationResultRecord, b: ValidationResultRecord): boolean {
  return a.completedAt > b.completedAt || (a.completedAt === b.completedAt && a.runId > b.runId);
}

/**
 * Folds one result into the leaderboard: local and replicated results alike, in any order, a re-delivered result
 * changing nothing. Pure, so the read model can be dropped and rebuilt by replay with the same content.
 */
export function foldResult(state: LeaderboardState, result: ValidationResultRecord): LeaderboardState {
  const key = keyOf(result);
  const held = state.latest[key];
  if (held !== undefined && !supersedes(result, held)) return state;
  return { latest: { ...state.latest, [key]: result } };
}
