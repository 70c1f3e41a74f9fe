import type { BuildReport } from '../build/build-report';
import type { MarkSuperseded, PublishRelease, RecordReleaseBuilt, RefuseRelease, RequestRelease, WithdrawRelease } from './release.commands';
import type { ReleaseEvent } from './release.events';
import type { PartitionRange, ReleaseFile } from './release-facts';

export const releaseId = 'rel-0001';
export const at = Date.UTC(2026, 11, 4, 12);
const meta = { commandId: 'cmd-1', now: new Date(at), actor: 'steward-7' };

export const report: BuildReport = {
  counts: { read: 10, excluded: 0, outsideFilters: 0, duplicates: 0, input: 10, suppressed: 0, released: 10 },
  anonymity: {
    k: 5,
    l: 2,
    suppressed: 0,
    suppressionRate: 0,
    generalisation: { h3Resolution: 7, timeBucketMinutes: 60, ageBandWidth: 20, districtKept: false },
    informationLoss: 0.2,
    input: 10,
    released: 10,
  },
  splits: { train: 8, validation: 1, test: 1 },
  splitsByCategory: { traffic: { train: 8, validation: 1, test: 1 } },
  labelled: { human: 2, model: 1, rule: 0 },
  policyVersions: ['2026-11-21.1'],
  guidelineVersions: ['g-1'],
  evaluatedNodes: 3,
};
const snapshot: PartitionRange[] = [{ city: 'incheon', topic: 'safety.events.anonymised.v1', partition: 0, startOffset: '0', endOffset: '10' }];
const files: ReleaseFile[] = [{ path: 'train.avro', sha256: 'a'.repeat(64), sizeBytes: 100, recordCount: 8, split: 'train', format: 'avro' }];

export const requestCommand = (overrides: Partial<RequestRelease['data']> = {}): RequestRelease => ({
  type: 'RequestRelease',
  data: { releaseId, definitionId: 'school-zone-hazards', definitionVersion: 1, version: '1.0.0', city: 'incheon', supersedes: null, ...overrides },
  metadata: meta,
});
export const builtCommand = (): RecordReleaseBuilt => ({ type: 'RecordReleaseBuilt', data: { releaseId, snapshot, files, report, checksum: 'c'.repeat(64) }, metadata: meta });
export const refuseCommand = (): RefuseRelease => ({ type: 'RefuseRelease', data: { releaseId, reason: 'targetsUnreachable', report }, metadata: meta });
export const publishCommand = (): PublishRelease => ({ type: 'PublishRelease', data: { releaseId }, metadata: meta });
export const withdrawCommand = (supersededBy: string | null = 'rel-0002'): WithdrawRelease => ({
  type: 'WithdrawRelease',
  data: { releaseId, reason: 'consentRevoked', supersededBy },
  metadata: meta,
});
export const supersedeCommand = (supersededBy = 'rel-0002'): MarkSuperseded => ({ type: 'MarkSuperseded', data: { releaseId, supersededBy }, metadata: meta });

export const requested: ReleaseEvent = {
  type: 'ReleaseRequested',
  data: { releaseId, definitionId: 'school-zone-hazards', definitionVersion: 1, version: '1.0.0', city: 'incheon', supersedes: null, requestedBy: 'steward-7', requestedAt: at },
};
export const built: ReleaseEvent = { type: 'ReleaseBuilt', data: { releaseId, snapshot, files, report, checksum: 'c'.repeat(64), builtAt: at } };
export const refused: ReleaseEvent = { type: 'ReleaseRefused', data: { releaseId, reason: 'targetsUnreachable', report, refusedAt: at } };
export const published: ReleaseEvent = { type: 'ReleasePublished', data: { releaseId, publishedBy: 'steward-7', publishedAt: at } };
export const withdrawn: ReleaseEvent = {
  type: 'ReleaseWithdrawn',
  data: { releaseId, reason: 'consentRevoked', supersededBy: 'rel-0002', withdrawnBy: 'steward-7', withdrawnAt: at },
};
export const superseded: ReleaseEvent = { type: 'ReleaseSuperseded', data: { releaseId, supersededBy: 'rel-0002', supersededAt: at } };

/** One history per state family. */
export const histories = {
  none: [],
  requested: [requested],
  refused: [requested, refused],
  built: [requested, built],
  published: [requested, built, published],
  withdrawn: [requested, built, published, withdrawn],
  superseded: [requested, built, published, superseded],
} as const satisfies Record<string, readonly ReleaseEvent[]>;
export type Family = keyof typeof histories;
