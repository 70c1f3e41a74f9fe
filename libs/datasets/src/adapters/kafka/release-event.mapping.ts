import { createHash } from 'node:crypto';
import type { DatasetReleaseEvent, DatasetReleaseWithdrawn, DataPurpose, WithdrawalReason } from '@usm/contracts';
import type { ReleaseRecord } from '../../application/release-record';

/** Version of the builder written into every release's lineage. */
export const builderVersion = 'usm-datasets/1';

/** A UUID derived from the release and the fact, so re-publishing the same fact repeats the same event id. */
function factId(releaseId: string, fact: string): string {
  const h = createHash('sha256').update(`${releaseId}\n${fact}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const metadataOf = (record: ReleaseRecord, fact: string, version: number, at: number) => ({
  eventId: factId(record.releaseId, fact),
  aggregateId: record.releaseId,
  aggregateVersion: version,
  occurredAt: at,
  commandId: `${record.releaseId}:${fact}`,
  causationId: null,
  correlationId: record.supersedes,
});

/** `DatasetReleased` of a published release: files, counts, anonymity, provenance; no subject identifier. */
export function releasedEventOf(record: ReleaseRecord, croissantUri: string): DatasetReleaseEvent {
  const anonymity = record.anonymity;
  const provenance = record.provenance;
  if (!anonymity || !provenance || record.publishedAt === null || record.checksum === null) throw new Error(`release ${record.releaseId} is not published`);
  const dataFiles = record.files.filter((f) => f.split !== null);
  const released = {
    releaseId: record.releaseId,
    city: record.city,
    datasetName: record.definitionId,
    version: record.version,
    purposes: [record.purpose as DataPurpose],
    manifest: {
      files: record.files.map((f) => ({ path: f.path, sha256: f.sha256, sizeBytes: f.sizeBytes, recordCount: f.recordCount ?? 0 })),
      format: [...new Set(dataFiles.map((f) => f.format))].sort().join('+'),
      croissantUri,
    },
    lineage: {
      sourceTopics: record.sources.map((s) => s.topic),
      windowStart: provenance.windowStart,
      windowEnd: provenance.windowEnd,
      anonymisationPolicyVersion: provenance.policyVersions.join(',') || 'none',
      labelGuidelineVersion: provenance.labelGuidelineVersions.length > 0 ? provenance.labelGuidelineVersions.join(',') : null,
      builderVersion,
    },
    kAnonymity: anonymity.k,
    recordCounts: { input: anonymity.input + record.excludedEvents, withoutConsent: record.excludedEvents, suppressed: anonymity.suppressed, released: anonymity.released },
    checksum: record.checksum,
    releasedAt: record.publishedAt,
    lDiversity: anonymity.l,
    suppressionRate: anonymity.suppressionRate,
    informationLoss: anonymity.informationLoss,
    supersedes: record.supersedes,
  };
  return { type: 'DatasetReleased', data: { 'mesh.datasets.DatasetReleased': released }, metadata: metadataOf(record, 'released', 1, record.publishedAt) };
}

const reasons: readonly WithdrawalReason[] = ['consentRevoked', 'qualityIssue', 'legalRequest', 'superseded', 'consentExpired'];

/** `DatasetReleaseWithdrawn`, once when withdrawn and again with `replacedBy` once a superseding release is published. */
export function withdrawnEventOf(record: ReleaseRecord): DatasetReleaseEvent {
  if (record.withdrawnAt === null) throw new Error(`release ${record.releaseId} is not withdrawn`);
  const reason = (reasons as readonly string[]).includes(record.withdrawalReason ?? '') ? (record.withdrawalReason as WithdrawalReason) : 'qualityIssue';
  const withdrawn: DatasetReleaseWithdrawn = { releaseId: record.releaseId, reason, replacedBy: record.supersededBy, withdrawnAt: record.withdrawnAt };
  return { type: 'DatasetReleaseWithdrawn', data: { 'mesh.datasets.DatasetReleaseWithdrawn': withdrawn }, metadata: metadataOf(record, `withdrawn:${record.supersededBy ?? 'none'}`, record.supersededBy === null ? 2 : 3, record.withdrawnAt) };
}
