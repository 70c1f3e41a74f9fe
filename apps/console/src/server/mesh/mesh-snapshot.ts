import type { CellCounts } from './cell-counts';
import { cellsOf, eventsIn } from './cell-counts';
import type { LagHistory } from './lag-history';
import { crossCityLeaderboard } from './leaderboard';
import type { AgreementSummary, LeaderboardEntry, CellCount, CityView, FlowSummary, MeshView, PrivacyCounters, ReleaseSummary, Section, SiteSummary } from './mesh-view';
import type { MetricSample } from './prometheus-text';
import { privacyCountersOf } from './privacy-counters';

/** What the console last read of a city's APIs; null where the service is not configured or did not answer. */
export interface CityReadings {
  readonly city: string;
  readonly displayName: string;
  readonly reachable: Readonly<Record<string, boolean>>;
  readonly sites: readonly SiteSummary[] | null;
  readonly federation: { readonly flows: readonly FlowSummary[]; readonly agreements: readonly AgreementSummary[] } | null;
  readonly releases: readonly ReleaseSummary[] | null;
  readonly leaderboard: readonly LeaderboardEntry[] | null;
  readonly privacyMetrics: readonly MetricSample[] | null;
}

/** Everything the console knows at one moment, before it is cut to what one caller may see. */
export interface MeshSnapshot {
  readonly at: number;
  readonly cities: readonly CityReadings[];
  readonly cells: CellCounts;
  readonly lag: LagHistory;
}

type Boundary = (cell: string) => readonly (readonly [number, number])[];

/** The mesh as a caller with `sections` sees it: sections it may not see are null, never sent. */
export function meshViewOf(snapshot: MeshSnapshot, sections: readonly Section[], boundaryOf: Boundary): MeshView {
  const may = (section: Section): boolean => sections.includes(section);
  const cities = snapshot.cities.map((c): CityView => {
    const cells: CellCount[] = cellsOf(snapshot.cells, c.city).map((entry) => ({ ...entry, boundary: boundaryOf(entry.cell) }));
    const privacy: PrivacyCounters | null = may('privacy') && c.privacyMetrics !== null ? privacyCountersOf(c.privacyMetrics, eventsIn(snapshot.cells, c.city)) : null;
    return {
      city: c.city,
      displayName: c.displayName,
      reachable: c.reachable,
      cells,
      sites: may('sites') ? c.sites : null,
      flows: may('federation') ? (c.federation?.flows ?? null) : null,
      agreements: may('federation') ? (c.federation?.agreements ?? null) : null,
      releases: may('releases') ? c.releases : null,
      privacy,
    };
  });
  const leaderboard = may('leaderboard') ? crossCityLeaderboard(snapshot.cities.map((c) => ({ city: c.city, rows: c.leaderboard ?? [] }))) : null;
  return { at: snapshot.at, cities, lag: may('federation') ? [...snapshot.lag.values()] : null, leaderboard, sections };
}
