import type { DomainEvent } from '@usm/event-sourcing';
import type { BuildRefusalReason, BuildReport } from '../build/build-report';
import type { PartitionRange, ReleaseFile } from './release-facts';

export type ReleaseRequested = DomainEvent<
  'ReleaseRequested',
  {
    readonly releaseId: string;
    readonly definitionId: string;
    readonly definitionVersion: number;
    readonly version: string;
    readonly city: string;
    readonly supersedes: string | null;
    readonly requestedBy: string;
    readonly requestedAt: number;
  }
>;

export type ReleaseBuilt = DomainEvent<
  'ReleaseBuilt',
  {
    readonly releaseId: string;
    readonly snapshot: readonly PartitionRange[];
    readonly files: readonly ReleaseFile[];
    readonly report: BuildReport;
    readonly checksum: string;
    readonly builtAt: number;
  }
>;

export type ReleaseRefused = DomainEvent<
  'ReleaseRefused',
  { readonly releaseId: string; readonly reason: BuildRefusalReason; readonly report: BuildReport; readonly refusedAt: number }
>;

export type ReleasePublished = DomainEvent<'ReleasePublished', { readonly releaseId: string; readonly publishedBy: string; readonly publishedAt: number }>;

export type ReleaseWithdrawn = DomainEvent<
  'ReleaseWithdrawn',
  { readonly releaseId: string; readonly reason: string; readonly supersededBy: string | null; readonly withdrawnBy: string; readonly withdrawnAt: number }
>;

export type ReleaseSuperseded = DomainEvent<'ReleaseSuperseded', { readonly releaseId: string; readonly supersededBy: string; readonly supersededAt: number }>;

export type ReleaseEvent = ReleaseRequested | ReleaseBuilt | ReleaseRefused | ReleasePublished | ReleaseWithdrawn | ReleaseSuperseded;
