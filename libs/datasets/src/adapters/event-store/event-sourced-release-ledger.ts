import { randomUUID } from 'node:crypto';
import type { CommandHandler, Decider, DomainCommand, DomainEvent, EventStore } from '@usm/event-sourcing';
import { foldEvents } from '@usm/event-sourcing';
import type { Actor, ReleaseLedger } from '../../application/release-ledger.port';
import type { ReleaseFile } from '../../domain/release/release-facts';
import type { SourceSnapshot } from '../../application/source-snapshot';
import type { BuildRefusalReason, BuildReport } from '../../domain/build/build-report';
import type { DatasetDefinition } from '../../domain/definition/dataset-definition';
import { datasetDefinitionDecider, datasetDefinitionStreamId } from '../../domain/definition';
import type { DatasetDefinitionState } from '../../domain/definition';
import { releaseDecider, releaseStreamId } from '../../domain/release';

type AnyDecider = Decider<DomainCommand, DomainEvent, unknown>;

/**
 * Definitions and releases as event streams in the PostgreSQL event store, decided by the domain's deciders
 * (load → decide → append at the expected version; a conflict is retried, deciders being pure).
 */
export class EventSourcedReleaseLedger implements ReleaseLedger {
  constructor(
    private readonly handler: CommandHandler,
    private readonly store: EventStore,
  ) {}

  /** Defines a new dataset, or revises an existing one (a new definition version). */
  async defineDataset(definition: DatasetDefinition, by: Actor): Promise<{ version: number }> {
    const streamId = datasetDefinitionStreamId(definition.definitionId);
    const existing = await this.store.readStream(streamId);
    const type = existing.version === 0 ? 'DefineDataset' : 'ReviseDataset';
    await this.send(datasetDefinitionDecider as unknown as AnyDecider, streamId, type, { definitionId: definition.definitionId, definition }, by);
    const state = await this.definitionState(definition.definitionId);
    return { version: state.status === 'defined' ? state.version : 0 };
  }

  async definitionOf(definitionId: string): Promise<{ definition: DatasetDefinition; version: number } | undefined> {
    const state = await this.definitionState(definitionId);
    return state.status === 'defined' ? { definition: state.definition, version: state.version } : undefined;
  }

  private async definitionState(definitionId: string): Promise<DatasetDefinitionState> {
    const { events } = await this.store.readStream(datasetDefinitionStreamId(definitionId));
    return foldEvents(datasetDefinitionDecider as unknown as AnyDecider, events) as DatasetDefinitionState;
  }

  async requestRelease(releaseId: string, request: { definitionId: string; definitionVersion: number; version: string; city: string; supersedes: string | null }, by: Actor): Promise<void> {
    await this.release(releaseId, 'RequestRelease', { releaseId, ...request }, by);
  }

  async recordBuilt(releaseId: string, built: { snapshot: SourceSnapshot; files: readonly ReleaseFile[]; report: BuildReport; checksum: string }, by: Actor): Promise<void> {
    const snapshot = built.snapshot.partitions.map((p) => ({ city: p.city, topic: p.topic, partition: p.partition, startOffset: p.start, endOffset: p.end }));
    const files = built.files.map((f) => ({ path: f.path, sha256: f.sha256, sizeBytes: f.sizeBytes, recordCount: f.recordCount ?? 0, split: f.split, format: f.format }));
    await this.release(releaseId, 'RecordReleaseBuilt', { releaseId, snapshot, files, report: built.report, checksum: built.checksum }, by);
  }

  async refuse(releaseId: string, reason: BuildRefusalReason, report: BuildReport, by: Actor): Promise<void> {
    await this.release(releaseId, 'RefuseRelease', { releaseId, reason, report }, by);
  }

  async publish(releaseId: string, by: Actor): Promise<void> {
    await this.release(releaseId, 'PublishRelease', { releaseId }, by);
  }

  async withdraw(releaseId: string, reason: string, supersededBy: string | null, by: Actor): Promise<void> {
    await this.release(releaseId, 'WithdrawRelease', { releaseId, reason, supersededBy }, by);
  }

  async markSuperseded(releaseId: string, supersededBy: string, by: Actor): Promise<void> {
    await this.release(releaseId, 'MarkSuperseded', { releaseId, supersededBy }, by);
  }

  private release(releaseId: string, type: string, data: object, by: Actor) {
    return this.send(releaseDecider as unknown as AnyDecider, releaseStreamId(releaseId), type, data, by);
  }

  private send(decider: AnyDecider, streamId: string, type: string, data: object, by: Actor) {
    const command = { type, data, metadata: { commandId: randomUUID(), now: by.now, actor: by.actor } };
    return this.handler.handleCommand(decider, streamId, command, { retriesOnConflict: 3 });
  }
}
