import type { LeaderboardEntry } from './mesh-view';

type Json = Record<string, unknown>;
const record = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The rows of one city's `GET /v1/leaderboard`. */
export function leaderboardRowsOf(body: unknown): LeaderboardEntry[] {
  return (Array.isArray(body) ? body : []).map(record).map((row) => ({
    benchmarkId: text(row['benchmarkId']),
    solutionId: text(row['solutionId']),
    version: text(row['version']),
    vendor: text(row['vendor']),
    citiesPassed: strings(row['citiesPassed']).sort(),
    minimumCities: typeof row['minimumCities'] === 'number' ? row['minimumCities'] : 0,
    passesJointTesting: row['passesJointTesting'] === true,
    reportedBy: [],
  }));
}

/**
 * One cross-city board from every city's: a solution version on a benchmark once, with the cities it passed in as
 * any city reports them (results travel between cities, so boards may differ while replication catches up),
 * passing joint testing when any board says so. Sorted by cities passed, then benchmark, solution and version.
 */
export function crossCityLeaderboard(boards: readonly { readonly city: string; readonly rows: readonly LeaderboardEntry[] }[]): LeaderboardEntry[] {
  const merged = new Map<string, LeaderboardEntry>();
  for (const { city, rows } of boards) {
    for (const row of rows) {
      const key = `${row.benchmarkId}\u0000${row.solutionId}\u0000${row.version}`;
      const seen = merged.get(key);
      merged.set(key, seen === undefined ? { ...row, reportedBy: [city] } : {
        ...seen,
        citiesPassed: [...new Set([...seen.citiesPassed, ...row.citiesPassed])].sort(),
        minimumCities: Math.max(seen.minimumCities, row.minimumCities),
        passesJointTesting: seen.passesJointTesting || row.passesJointTesting,
        reportedBy: [...seen.reportedBy, city].sort(),
      });
    }
  }
  return [...merged.values()].sort((a, b) => b.citiesPassed.length - a.citiesPassed.length || a.benchmarkId.localeCompare(b.benchmarkId) || a.solutionId.localeCompare(b.solutionId) || a.version.localeCompare(b.version));
}
