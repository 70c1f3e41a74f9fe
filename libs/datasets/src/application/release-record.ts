import type { QuasiIdentifier, SensitiveColumn } from '../domain/definition/dataset-definition';
import type { PartitionRange } from '../domain/release/release-facts';
import type { ReleaseFile } from '../domain/release/release-facts';
import type { BuildProgress } from './build-progress';
import type { SourceSnapshot } from './source-snapshot';

/** Lifecycle of a release as the API shows it; `building` and `failed` are the builder's, not the aggregate's. */
export type ReleaseStatus = 'requested' | 'building' | 'built' | 'published' | 'refused' | 'failed' | 'withdrawn' | 'superseded';

/** Achieved (or, for a refusal, best reachable) anonymity of a build. */
export interface AnonymityFigures {
  readonly k: number;
  readonly l: number;
  readonly input: number;
  readonly released: number;
  readonly suppressed: number;
  readonly suppressionRate: number;
  readonly informationLoss: number;
  readonly generalisation: Readonly<Record<string, unknown>>;
}


/** A source topic of a release: as read here, its catalog name, and the city that wrote it. */
export interface ReleaseSource {
  readonly topic: string;
  /** As the definition names it; equal to `topic` unless a test run prefixes topic names. */
  readonly source: string;
  readonly catalogTopic: string;
  readonly city: string;
  readonly kind: 'events' | 'labels';
}

/** What the events and labels of a build were made under, for `dataset.releases.v1` and the metadata. */
export interface ReleaseProvenance {
  readonly policyVersions: readonly string[];
  readonly labelGuidelineVersions: readonly string[];
  /** Event-time window of the rows, epoch ms, [start, end). */
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly labelledRows: { readonly human: number; readonly model: number; readonly rule: number };
}

/** What the release had to reach (from its definition version), so anyone can re-check the files. */
export interface ReleaseTargets {
  readonly k: number;
  readonly l: number;
  readonly maxSuppression: number;
  readonly quasiIdentifiers: readonly QuasiIdentifier[];
  readonly sensitiveColumn: SensitiveColumn;
}

/** Everything the API, the CLI and the metadata say about one release. */
export interface ReleaseRecord {
  readonly releaseId: string;
  readonly definitionId: string;
  readonly definitionVersion: number;
  readonly title: string;
  /** Semver of the release within its dataset: the n-th build of a definition is `n.0.0`. */
  readonly version: string;
  readonly city: string;
  readonly purpose: string;
  readonly status: ReleaseStatus;
  readonly requestedAt: number;
  readonly requestedBy: string;
  readonly sources: readonly ReleaseSource[];
  readonly snapshot: SourceSnapshot | null;
  /** The snapshot as the manifest states it: every partition under the name the definition gives its topic. */
  readonly sourceRanges: readonly PartitionRange[];
  readonly targets: ReleaseTargets;
  /** Licence, terms and access rights of the definition version it was built from. */
  readonly usage: { readonly licence: string; readonly terms: string; readonly accessRights: 'restricted' | 'non-public' };
  readonly anonymity: AnonymityFigures | null;
  /** Why a build was refused (targets unreachable) or failed; figures are in `anonymity`. */
  readonly problem: string | null;
  readonly excludedEvents: number;
  readonly provenance: ReleaseProvenance | null;
  readonly files: readonly ReleaseFile[];
  readonly checksum: string | null;
  readonly publishedAt: number | null;
  readonly supersedes: string | null;
  readonly supersededBy: string | null;
  readonly withdrawnAt: number | null;
  readonly withdrawalReason: string | null;
  readonly progress: BuildProgress | null;
}
