import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import type { BuildRefusalReason, BuildReport } from '../domain/build/build-report';
import type { ReleaseFile } from '../domain/release/release-facts';
import type { SourceSnapshot } from './source-snapshot';

/** Who asks and when: every command carries them, so the aggregate never reads a clock. */
export interface Actor {
  readonly actor: string;
  readonly now: Date;
}

/**
 * The event-sourced side of definitions and releases (PostgreSQL event store, deciders of the domain).
 * Each call is one command on one stream; it throws the domain's typed error when the state forbids it.
 */
export interface ReleaseLedger {
  defineDataset(definition: DatasetDefinition, by: Actor): Promise<{ version: number }>;
  /** The latest definition and its version, or undefined. */
  definitionOf(definitionId: string): Promise<{ definition: DatasetDefinition; version: number } | undefined>;
  requestRelease(releaseId: string, request: { definitionId: string; definitionVersion: number; version: string; city: string; supersedes: string | null }, by: Actor): Promise<void>;
  recordBuilt(releaseId: string, built: { snapshot: SourceSnapshot; files: readonly ReleaseFile[]; report: BuildReport; checksum: string }, by: Actor): Promise<void>;
  refuse(releaseId: string, reason: BuildRefusalReason, report: BuildReport, by: Actor): Promise<void>;
  publish(releaseId: string, by: Actor): Promise<void>;
  withdraw(releaseId: string, reason: string, supersededBy: string | null, by: Actor): Promise<void>;
  markSuperseded(releaseId: string, supersededBy: string, by: Actor): Promise<void>;
}
