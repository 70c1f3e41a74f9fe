import type { DomainCommand } from '@usm/event-sourcing';
import type { BuildRefusalReason, BuildReport } from '../build/build-report';
import type { PartitionRange, ReleaseFile } from './release-facts';

interface ReleaseKey {
  readonly releaseId: string;
}

/** Ask for a release of a definition version; the builder then fixes a snapshot and builds it. */
export type RequestRelease = DomainCommand<
  'RequestRelease',
  ReleaseKey & {
    readonly definitionId: string;
    readonly definitionVersion: number;
    /** Semantic version of this release of the dataset, chosen by the application. */
    readonly version: string;
    readonly city: string;
    readonly supersedes: string | null;
  }
>;

/** The builder produced the files of a release from its snapshot. */
export type RecordReleaseBuilt = DomainCommand<
  'RecordReleaseBuilt',
  ReleaseKey & {
    readonly snapshot: readonly PartitionRange[];
    readonly files: readonly ReleaseFile[];
    readonly report: BuildReport;
    /** SHA-256 over the files' checksums in path order, lowercase hex. */
    readonly checksum: string;
  }
>;

/** The builder could not meet the definition's targets; nothing is published. */
export type RefuseRelease = DomainCommand<'RefuseRelease', ReleaseKey & { readonly reason: BuildRefusalReason; readonly report: BuildReport }>;

export type PublishRelease = DomainCommand<'PublishRelease', ReleaseKey>;

/** Take a release back (e.g. revoked consent); `supersededBy` names the release replacing it, when known. */
export type WithdrawRelease = DomainCommand<'WithdrawRelease', ReleaseKey & { readonly reason: string; readonly supersededBy: string | null }>;

/** Link a release to the newer release that replaces it. */
export type MarkSuperseded = DomainCommand<'MarkSuperseded', ReleaseKey & { readonly supersededBy: string }>;

export type ReleaseCommand = RequestRelease | RecordReleaseBuilt | RefuseRelease | PublishRelease | WithdrawRelease | MarkSuperseded;
