import { valueTypeOf, topicCatalog } from '@usm/contracts';
import type { ReleaseRecord } from '../../application/release-record';
import { releasedEventOf, withdrawnEventOf } from './release-event.mapping';

const record = {
  releaseId: 'rel-1', definitionId: 'school-zone', definitionVersion: 2, title: 'School zone', version: '3.0.0', city: 'barcelona', purpose: 'aiTraining',
  status: 'published', requestedAt: 1, requestedBy: 'steward', snapshot: null, sourceRanges: [], usage: { licence: 'CC-BY-4.0', terms: 't', accessRights: 'restricted' },
  sources: [{ topic: 'safety.events.anonymised.v1', source: 'safety.events.anonymised.v1', catalogTopic: 'safety.events.anonymised.v1', city: 'barcelona', kind: 'events' }],
  targets: { k: 5, l: 2, maxSuppression: 0.05, quasiIdentifiers: ['h3Cell'], sensitiveColumn: 'subCategory' },
  anonymity: { k: 6, l: 3, input: 100, released: 97, suppressed: 3, suppressionRate: 0.03, informationLoss: 0.2, generalisation: {} },
  problem: null, excludedEvents: 4,
  provenance: { policyVersions: ['p1'], labelGuidelineVersions: [], windowStart: 10, windowEnd: 20, labelledRows: { human: 0, model: 0, rule: 0 } },
  files: [{ path: 'train.parquet', sha256: 'a'.repeat(64), sizeBytes: 10, recordCount: 80, split: 'train', format: 'parquet' }, { path: 'croissant.json', sha256: 'b'.repeat(64), sizeBytes: 5, recordCount: 0, split: null, format: 'croissant' }],
  checksum: 'c'.repeat(64), publishedAt: 1_000, supersedes: 'rel-0', supersededBy: null, withdrawnAt: null, withdrawalReason: null, progress: null,
} as ReleaseRecord;
const type = valueTypeOf(topicCatalog.datasetReleases);

describe('dataset.releases.v1 values of a release', () => {
  it('encodes DatasetReleased with the anonymity figures, counts and supersedes, deterministically', () => {
    const event = releasedEventOf(record, 'http://x/croissant.json');
    expect(type.isValid(event)).toBe(true);
    expect(event.data).toEqual({
      'mesh.datasets.DatasetReleased': expect.objectContaining({
        kAnonymity: 6, lDiversity: 3, suppressionRate: 0.03, informationLoss: 0.2, supersedes: 'rel-0', version: '3.0.0',
        recordCounts: { input: 104, withoutConsent: 4, suppressed: 3, released: 97 },
        manifest: { files: [expect.objectContaining({ path: 'train.parquet', recordCount: 80 }), expect.objectContaining({ path: 'croissant.json', recordCount: 0 })], format: 'parquet', croissantUri: 'http://x/croissant.json' },
      }),
    });
    expect(releasedEventOf(record, 'http://x/croissant.json').metadata.eventId).toBe(event.metadata.eventId);
  });

  it('encodes a withdrawal, and its later supersession as a distinct event', () => {
    const withdrawn = withdrawnEventOf({ ...record, status: 'withdrawn', withdrawnAt: 2_000, withdrawalReason: 'consentRevoked' });
    const superseded = withdrawnEventOf({ ...record, status: 'superseded', withdrawnAt: 2_000, withdrawalReason: 'consentRevoked', supersededBy: 'rel-2' });
    expect(type.isValid(withdrawn) && type.isValid(superseded)).toBe(true);
    expect(superseded.data).toEqual({ 'mesh.datasets.DatasetReleaseWithdrawn': { releaseId: 'rel-1', reason: 'consentRevoked', replacedBy: 'rel-2', withdrawnAt: 2_000 } });
    expect(superseded.metadata.eventId).not.toBe(withdrawn.metadata.eventId);
  });
});
