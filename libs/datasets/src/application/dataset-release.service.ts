import { Logger } from '@nestjs/common';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import type { ReleaseFile } from '../domain/release/release-facts';
import type { BuildOptions } from './build-options';
import type { BuildProgress } from './build-progress';
import type { BuiltRows, RefusedRows, ReleaseArtifacts, RowsBuilder } from './pipeline.ports';
import type { Clock, IdGenerator, ReleaseEventPublisher, ReleaseIndex, ReleaseRecords, RetractedEventsQuery } from './ports';
import type { ReleaseLedger } from './release-ledger.port';
import type { ReleaseRecord } from './release-record';
import { excludedOf, phaseProgress, provenanceOf, releaseChecksumOf, subjectEntriesOf } from './release-build';
import { releaseSourcesOf } from './release-sources';
import { rowsWithoutLateRetractions } from './rows-without-late-retractions';
import { sourceRangesOf } from './source-ranges';
import type { SnapshotContents, SnapshotReader } from './snapshot-reader.port';
import type { SourceSnapshot } from './source-snapshot';

export interface DatasetReleaseDependencies {
  readonly city: string;
  readonly topicPrefix: string;
  readonly ledger: ReleaseLedger;
  readonly records: ReleaseRecords;
  readonly index: ReleaseIndex;
  readonly reader: SnapshotReader;
  readonly rows: RowsBuilder;
  readonly artifacts: ReleaseArtifacts;
  readonly publisher: ReleaseEventPublisher;
  readonly retracted: RetractedEventsQuery;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * Builds, publishes and withdraws dataset releases. `build` returns once the release is requested; the build
 * runs in the background (snapshot → read → rows → files → publish) and `settled` waits for its outcome.
 */
export class DatasetReleaseService {
  private readonly logger = new Logger('DatasetReleases');
  private readonly running = new Map<string, Promise<ReleaseRecord>>();
  private readonly progress = new Map<string, BuildProgress>();

  constructor(private readonly d: DatasetReleaseDependencies) {}

  /** Requests a release of the definition's latest version and starts building it; resolves with its id. */
  async build(definitionId: string, options: BuildOptions): Promise<string> {
    const found = await this.d.ledger.definitionOf(definitionId);
    if (!found) throw new NotFoundError('DATASETS.DEFINITION_NOT_FOUND', `no dataset definition ${definitionId}`, { details: { field: 'definitionId' } });
    // A superseding release is the superseded one minus what is excluded: it reuses its snapshot unless told otherwise.
    const snapshot = await this.snapshotToReuse(options.snapshotOf ?? options.supersedes ?? null);
    const releaseId = this.d.ids.newId();
    const now = this.d.clock.now();
    const version = `${(await this.d.records.list(definitionId)).length + 1}.0.0`;
    const supersedes = options.supersedes ?? null;
    await this.d.ledger.requestRelease(releaseId, { definitionId, definitionVersion: found.version, version, city: this.d.city, supersedes }, { actor: options.actor, now });
    const record: ReleaseRecord = {
      releaseId, definitionId, definitionVersion: found.version, title: found.definition.title, version, city: this.d.city, purpose: found.definition.purpose,
      status: 'requested', requestedAt: now.getTime(), requestedBy: options.actor, sources: releaseSourcesOf(found.definition, this.d.city, this.d.topicPrefix),
      snapshot, sourceRanges: [], targets: targetsOf(found.definition), usage: { ...found.definition.usage }, anonymity: null, problem: null, excludedEvents: 0, provenance: null, files: [], checksum: null, publishedAt: null, supersedes,
      supersededBy: null, withdrawnAt: null, withdrawalReason: null, progress: null,
    };
    await this.d.records.save(record);
    const run = this.run(record, found.definition, options).finally(() => this.running.delete(releaseId));
    this.running.set(releaseId, run);
    return releaseId;
  }

  /** The release once its build settled (published, refused or failed), or as it is when no build runs. */
  async settled(releaseId: string): Promise<ReleaseRecord> {
    const running = this.running.get(releaseId);
    if (running) return running;
    const record = await this.get(releaseId);
    if (!record) throw releaseNotFound(releaseId);
    return record;
  }

  /** Withdraws a release (a published or built one); the withdrawal goes to dataset.releases.v1. */
  async withdraw(releaseId: string, reason: string, supersededBy: string | null, actor: string): Promise<ReleaseRecord> {
    const record = await this.d.records.get(releaseId);
    if (!record) throw releaseNotFound(releaseId);
    const now = this.d.clock.now();
    await this.d.ledger.withdraw(releaseId, reason, supersededBy, { actor, now });
    const withdrawn: ReleaseRecord = { ...record, status: supersededBy === null ? 'withdrawn' : 'superseded', withdrawnAt: now.getTime(), withdrawalReason: reason, supersededBy };
    await this.d.records.save(withdrawn);
    await this.d.publisher.withdrawn(withdrawn);
    return withdrawn;
  }

  /** Ids of every release holding one of these events (from the index written at build time). */
  releasesHoldingEvents(eventIds: readonly string[]): Promise<string[]> {
    return this.d.index.releasesHoldingEvents(eventIds);
  }

  /** Own-city event ids of these reporter pseudonyms (the local subject index). */
  eventsOfSubjects(reporterPseudonyms: readonly string[]): Promise<string[]> {
    return this.d.index.eventsOfSubjects(reporterPseudonyms);
  }

  async get(releaseId: string): Promise<ReleaseRecord | undefined> {
    const record = await this.d.records.get(releaseId);
    return record && { ...record, progress: this.progress.get(releaseId) ?? null };
  }

  async list(definitionId?: string): Promise<ReleaseRecord[]> {
    return (await this.d.records.list(definitionId)).map((r) => ({ ...r, progress: this.progress.get(r.releaseId) ?? null }));
  }

  private async snapshotToReuse(releaseId: string | null): Promise<SourceSnapshot | null> {
    if (releaseId === null) return null;
    const earlier = await this.d.records.get(releaseId);
    if (!earlier) throw releaseNotFound(releaseId);
    if (!earlier.snapshot) throw new RuleViolationError('DATASETS.NO_SNAPSHOT', `release ${releaseId} has no snapshot to reuse`, { details: { field: 'snapshotOf', rule: 'has-snapshot' } });
    return earlier.snapshot;
  }

  private async run(requested: ReleaseRecord, definition: DatasetDefinition, options: BuildOptions): Promise<ReleaseRecord> {
    const started = Date.now();
    const at = (phase: BuildProgress['phase']) => this.progress.set(requested.releaseId, phaseProgress(this.progress.get(requested.releaseId) ?? null, phase, Date.now() - started));
    let record: ReleaseRecord = { ...requested, status: 'building' };
    try {
      at('snapshot');
      const topics = record.sources.map((s) => ({ topic: s.topic, source: s.source, kind: s.kind }));
      const snapshot = record.snapshot ?? (await this.d.reader.fix(topics));
      record = { ...record, snapshot };
      await this.d.records.save(record);
      let logged = 0;
      const contents = await this.d.reader.read(snapshot, topics, (p) => {
        this.progress.set(record.releaseId, p);
        if (p.elapsedMs - logged < 5_000) return;
        logged = p.elapsedMs;
        this.logger.log({ msg: 'reading snapshot', releaseId: record.releaseId, recordsRead: p.recordsRead, etaMs: p.etaMs, partitions: p.partitions.map((x) => `${x.topic}/${x.partition} ${x.read}/${x.total}`) });
      });
      this.logger.log({ msg: 'snapshot read', releaseId: record.releaseId, events: contents.events.length, labels: contents.labels.length, ms: Date.now() - started });
      at('anonymising');
      const excluded = await excludedOf(contents.events, options.excludedEventIds, (ids) => this.d.retracted.retractedAmong(ids));
      const pass = await rowsWithoutLateRetractions(this.d, { record, definition, contents, excluded }, { at, log: (details) => this.logger.log(details) });
      record = { ...record, excludedEvents: contents.events.filter((e) => excluded.has(e.eventId)).length };
      record = pass.built.ok ? await this.publish(record, definition, pass.built, pass.dataFiles, contents, options.actor, at) : await this.refuse(record, pass.built, options.actor);
      return record;
    } catch (error) {
      this.logger.error({ msg: 'build failed', releaseId: record.releaseId, error: error instanceof Error ? error.message : String(error) });
      record = { ...record, status: 'failed', problem: error instanceof Error ? error.message : String(error) };
      await this.d.records.save(record);
      return record;
    } finally {
      const outcome = record.status === 'published' ? 'done' : record.status === 'refused' ? 'refused' : 'failed';
      this.progress.set(record.releaseId, { ...phaseProgress(this.progress.get(record.releaseId) ?? null, outcome, Date.now() - started) });
    }
  }

  private async refuse(record: ReleaseRecord, refused: RefusedRows, actor: string): Promise<ReleaseRecord> {
    const { best, reason } = refused;
    await this.d.ledger.refuse(record.releaseId, refused.reasonCode, refused.report, { actor, now: this.d.clock.now() });
    const result: ReleaseRecord = { ...record, status: 'refused', anonymity: best, problem: reason };
    await this.d.records.save(result);
    this.logger.warn({ msg: 'release refused', releaseId: record.releaseId, reason, k: best.k, l: best.l, suppressionRate: best.suppressionRate });
    return result;
  }

  private async publish(record: ReleaseRecord, definition: DatasetDefinition, built: BuiltRows, dataFiles: ReleaseFile[], contents: SnapshotContents, actor: string, at: (phase: BuildProgress['phase']) => void): Promise<ReleaseRecord> {
    const snapshot = record.snapshot as SourceSnapshot;
    const withRanges: ReleaseRecord = { ...record, sourceRanges: sourceRangesOf(snapshot, record.sources) };
    const released = new Set(built.releasedEventIds);
    let next: ReleaseRecord = { ...withRanges, anonymity: built.anonymity, files: dataFiles, provenance: provenanceOf(definition, contents.events, contents.labels, released, built.labelledRows) };
    await this.d.ledger.recordBuilt(record.releaseId, { snapshot, files: dataFiles, report: built.report, checksum: releaseChecksumOf(dataFiles) }, { actor, now: this.d.clock.now() });
    await this.d.index.recordSubjects(subjectEntriesOf(contents.events, this.d.city));
    at('publishing');
    const now = this.d.clock.now();
    await this.d.ledger.publish(record.releaseId, { actor, now });
    next = { ...next, status: 'published', publishedAt: now.getTime() };
    const files = [...dataFiles, ...(await this.d.artifacts.writeMetadata(next))];
    next = { ...next, files, checksum: releaseChecksumOf(files) };
    await this.d.records.save(next);
    await this.d.publisher.published(next);
    if (next.supersedes !== null) await this.supersede(next.supersedes, next.releaseId, actor);
    this.logger.log({ msg: 'release published', releaseId: next.releaseId, rows: built.anonymity.released, k: built.anonymity.k, l: built.anonymity.l });
    return next;
  }

  private async supersede(oldId: string, newId: string, actor: string): Promise<void> {
    const old = await this.d.records.get(oldId);
    if (!old) return;
    const now = this.d.clock.now();
    await this.d.ledger.markSuperseded(oldId, newId, { actor, now });
    const superseded: ReleaseRecord = { ...old, status: 'superseded', supersededBy: newId, withdrawnAt: old.withdrawnAt ?? now.getTime(), withdrawalReason: old.withdrawalReason ?? 'superseded' };
    await this.d.records.save(superseded);
    await this.d.publisher.withdrawn(superseded);
  }
}

const targetsOf = (d: DatasetDefinition) => ({ k: d.k, l: d.l, maxSuppression: d.maxSuppression, quasiIdentifiers: [...d.quasiIdentifiers], sensitiveColumn: d.sensitiveColumn });

const releaseNotFound = (releaseId: string) => new NotFoundError('DATASETS.RELEASE_NOT_FOUND', `no release ${releaseId}`, { details: { field: 'releaseId' } });
