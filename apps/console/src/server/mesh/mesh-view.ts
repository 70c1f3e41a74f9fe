/** What the console shows of one city; a section the city does not expose (or the caller may not see) is null. */
export interface CityView {
  readonly city: string;
  readonly displayName: string;
  /** Which of the city's APIs answered at the last poll, by service. */
  readonly reachable: Readonly<Record<string, boolean>>;
  readonly cells: readonly CellCount[];
  readonly sites: readonly SiteSummary[] | null;
  readonly flows: readonly FlowSummary[] | null;
  readonly agreements: readonly AgreementSummary[] | null;
  readonly releases: readonly ReleaseSummary[] | null;
  readonly privacy: PrivacyCounters | null;
}

export interface CellCount {
  readonly cell: string;
  readonly resolution: number;
  readonly count: number;
  /** Ring of [longitude, latitude] pairs, closed. */
  readonly boundary: readonly (readonly [number, number])[];
}

export interface SiteSummary {
  readonly siteId: string;
  readonly name: string;
  readonly status: string;
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
  readonly applications: number;
}

export interface FlowSummary {
  readonly source: string;
  readonly target: string;
  readonly topics: readonly { readonly topic: string; readonly lagMs: number | null; readonly lagRecords: number | null }[];
}

export interface AgreementSummary {
  readonly agreementId: string;
  readonly partner: string;
  readonly status: string;
  readonly inForce: boolean;
}

export interface ReleaseSummary {
  readonly releaseId: string;
  readonly title: string;
  readonly version: string;
  readonly status: string;
  readonly k: number | null;
  readonly l: number | null;
  readonly suppressionRate: number | null;
  readonly withdrawnAt: number | null;
  readonly withdrawalReason: string | null;
}

/** The privacy service's counters of one city since it started (shared counts the anonymised topic). */
export interface PrivacyCounters {
  readonly shared: number;
  readonly keptLocal: number;
  readonly deadLettered: number;
  readonly quarantined: number;
}

/** A solution version on a benchmark, merged from every city's board. */
export interface LeaderboardEntry {
  readonly benchmarkId: string;
  readonly solutionId: string;
  readonly version: string;
  readonly vendor: string;
  readonly citiesPassed: readonly string[];
  readonly minimumCities: number;
  readonly passesJointTesting: boolean;
  /** The cities whose validation service reported this row. */
  readonly reportedBy: readonly string[];
}

/** Lag of one replicated topic over time, for the chart: `[epoch ms, lag ms]`. */
export interface LagSeries {
  readonly flow: string;
  readonly topic: string;
  readonly samples: readonly (readonly [number, number])[];
}

/** The whole mesh as one caller may see it. */
export interface MeshView {
  readonly at: number;
  readonly cities: readonly CityView[];
  readonly lag: readonly LagSeries[] | null;
  readonly leaderboard: readonly LeaderboardEntry[] | null;
  /** The sections the caller's roles allow, so the web app can say why one is missing. */
  readonly sections: readonly Section[];
}

export const sections = ['map', 'sites', 'federation', 'releases', 'leaderboard', 'privacy'] as const;
export type Section = (typeof sections)[number];
