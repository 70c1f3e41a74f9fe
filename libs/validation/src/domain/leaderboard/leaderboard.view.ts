import type { BenchmarkView } from '../benchmark/benchmark.state';
import type { Verdict } from '../verdict/verdict';
import type { LeaderboardState } from './leaderboard.fold';

/** One city's evidence for a solution version on a benchmark. */
export interface CityStanding {
  readonly city: string;
  readonly releaseId: string;
  readonly runId: string;
  readonly verdict: Verdict;
  /** Null where the benchmark shares pass/fail only and the result is another city's. */
  readonly metrics: Readonly<Record<string, number>> | null;
  /** Whether the verdict was made under the benchmark's current criteria version; only current verdicts count. */
  readonly current: boolean;
}

/** A solution version's row on one benchmark's leaderboard. */
export interface LeaderboardRow {
  readonly benchmarkId: string;
  readonly solutionId: string;
  readonly version: string;
  readonly vendor: string;
  readonly cities: readonly CityStanding[];
  readonly citiesPassed: readonly string[];
  readonly minimumCities: number;
  /** Met the thresholds, under current criteria, in at least `minimumCities` cities. */
  readonly passesJointTesting: boolean;
  /** Cities where it is eligible for pilots and procurement: those it passed in, once it passes joint testing. */
  readonly eligibleIn: readonly string[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The leaderboard as `viewerCity` sees it: per benchmark and solution version, each city's verdict and the metrics the
 * benchmark's sharing policy allows (a passFail benchmark shows other cities' verdicts only). Results of unknown
 * benchmarks are left out. Rows: by benchmark, passing first, then most cities passed, then solution and version.
 */
export function leaderboardOf(state: LeaderboardState, benchmarks: readonly BenchmarkView[], viewerCity: string): LeaderboardRow[] {
  const rows = new Map<string, { row: Omit<LeaderboardRow, 'citiesPassed' | 'passesJointTesting' | 'eligibleIn'>; cities: CityStanding[] }>();
  for (const result of Object.values(state.latest)) {
    const benchmark = benchmarks.find((b) => b.benchmarkId === result.benchmarkId);
    if (benchmark === undefined) continue;
    const key = JSON.stringify([result.benchmarkId, result.solution.solutionId, result.solution.version]);
    const entry = rows.get(key) ?? {
      row: { benchmarkId: result.benchmarkId, solutionId: result.solution.solutionId, version: result.solution.version, vendor: result.solution.vendor, cities: [], minimumCities: benchmark.minimumCities },
      cities: [],
    };
    const shared = benchmark.sharingPolicy === 'full' || result.city === viewerCity;
    entry.cities.push({ city: result.city, releaseId: result.releaseId, runId: result.runId, verdict: result.verdict, metrics: shared ? result.metrics : null, current: result.criteriaVersion === benchmark.criteriaVersion });
    rows.set(key, entry);
  }
  return [...rows.values()]
    .map(({ row, cities }): LeaderboardRow => {
      const sorted = [...cities].sort((a, b) => compare(a.city, b.city));
      const citiesPassed = sorted.filter((c) => c.current && c.verdict === 'passed').map((c) => c.city);
      const passesJointTesting = citiesPassed.length >= row.minimumCities;
      return { ...row, cities: sorted, citiesPassed, passesJointTesting, eligibleIn: passesJointTesting ? citiesPassed : [] };
    })
    .sort(
      (a, b) =>
        compare(a.benchmarkId, b.benchmarkId) ||
        Number(b.passesJointTesting) - Number(a.passesJointTesting) ||
        b.citiesPassed.length - a.citiesPassed.length ||
        compare(a.solutionId, b.solutionId) ||
        compare(a.version, b.version),
    );
}
