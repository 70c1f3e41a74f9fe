import type { ReleaseIndex, ReleaseRecords, SubjectEvent } from '../application/ports';
import type { ReleaseRecord } from '../application/release-record';

/** Release records in memory (unit specs, the bench). */
export class InMemoryReleaseRecords implements ReleaseRecords {
  private readonly records = new Map<string, ReleaseRecord>();

  async save(record: ReleaseRecord): Promise<void> {
    this.records.set(record.releaseId, { ...record, progress: null });
  }

  async get(releaseId: string): Promise<ReleaseRecord | undefined> {
    return this.records.get(releaseId);
  }

  async list(definitionId?: string): Promise<ReleaseRecord[]> {
    return [...this.records.values()].filter((r) => definitionId === undefined || r.definitionId === definitionId).sort((a, b) => a.requestedAt - b.requestedAt || a.releaseId.localeCompare(b.releaseId));
  }
}

/** The release and subject index in memory. */
export class InMemoryReleaseIndex implements ReleaseIndex {
  private readonly holders = new Map<string, Set<string>>();
  private readonly subjects = new Map<string, Set<string>>();

  async recordEvents(releaseId: string, eventIds: readonly string[]): Promise<void> {
    for (const id of eventIds) this.holders.set(id, (this.holders.get(id) ?? new Set()).add(releaseId));
  }

  async releasesHoldingEvents(eventIds: readonly string[]): Promise<string[]> {
    return [...new Set(eventIds.flatMap((id) => [...(this.holders.get(id) ?? [])]))].sort();
  }

  async recordSubjects(entries: readonly SubjectEvent[]): Promise<void> {
    for (const e of entries) this.subjects.set(e.reporterPseudonym, (this.subjects.get(e.reporterPseudonym) ?? new Set()).add(e.eventId));
  }

  async eventsOfSubjects(reporterPseudonyms: readonly string[]): Promise<string[]> {
    return [...new Set(reporterPseudonyms.flatMap((p) => [...(this.subjects.get(p) ?? [])]))].sort();
  }
}
