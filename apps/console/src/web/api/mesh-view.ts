// The shape `GET /api/mesh` answers (apps/console/src/server/mesh/mesh-view.ts); the web bundle never imports server code.
export interface CellCount { readonly cell: string; readonly resolution: number; readonly count: number; readonly latest: number; readonly boundary: readonly (readonly [number, number])[] }
export interface SiteSummary { readonly siteId: string; readonly name: string; readonly status: string; readonly location: { readonly latitude: number; readonly longitude: number } | null; readonly applications: number }
export interface FlowSummary { readonly source: string; readonly target: string; readonly topics: readonly { readonly topic: string; readonly lagMs: number | null; readonly lagRecords: number | null }[] }
export interface AgreementSummary { readonly agreementId: string; readonly partner: string; readonly status: string; readonly inForce: boolean }
export interface ReleaseSummary {
  readonly releaseId: string; readonly title: string; readonly version: string; readonly status: string;
  readonly k: number | null; readonly l: number | null; readonly suppressionRate: number | null; readonly withdrawnAt: number | null; readonly withdrawalReason: string | null;
}
export interface PrivacyCounters { readonly shared: number; readonly keptLocal: number; readonly deadLettered: number; readonly quarantined: number }
export interface CityView {
  readonly city: string; readonly displayName: string; readonly reachable: Readonly<Record<string, boolean>>; readonly cells: readonly CellCount[];
  readonly sites: readonly SiteSummary[] | null; readonly flows: readonly FlowSummary[] | null; readonly agreements: readonly AgreementSummary[] | null;
  readonly releases: readonly ReleaseSummary[] | null; readonly privacy: PrivacyCounters | null;
}
export interface LagSeries { readonly flow: string; readonly topic: string; readonly samples: readonly (readonly [number, number])[] }
export interface LeaderboardEntry {
  readonly benchmarkId: string; readonly solutionId: string; readonly version: string; readonly vendor: string;
  readonly citiesPassed: readonly string[]; readonly minimumCities: number; readonly passesJointTesting: boolean; readonly reportedBy: readonly string[];
}
export type Section = 'map' | 'sites' | 'federation' | 'releases' | 'leaderboard' | 'privacy';
export interface MeshView { readonly at: number; readonly cities: readonly CityView[]; readonly lag: readonly LagSeries[] | null; readonly leaderboard: readonly LeaderboardEntry[] | null; readonly sections: readonly Section[] }
