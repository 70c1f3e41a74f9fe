import type { ReleaseMetadataInput } from '../metadata/release-metadata-input';
import type { ReleaseFile } from '../../domain';

const file = (path: string, format: string, split: ReleaseFile['split'], recordCount: number, fill: string): ReleaseFile => ({
  path, format, split, recordCount, sha256: fill.repeat(64), sizeBytes: 1000 + path.length,
});

/** A published release of two cities' events with all three splits in both formats. */
export function sampleReleaseMetadata(overrides: Partial<ReleaseMetadataInput> = {}): ReleaseMetadataInput {
  return {
    releaseId: 'rel-2026-0001',
    definitionId: 'school-zone-hazards',
    title: 'School zone hazards',
    description: 'Hazards reported near schools, for training hazard classifiers.',
    version: '2.0.0',
    purpose: 'aiTraining',
    city: 'barcelona',
    publisher: { name: 'Barcelona city node', url: 'https://barcelona.mesh.example/' },
    files: [
      file('train.parquet', 'parquet', 'train', 800, 'a'),
      file('train.avro', 'avro', 'train', 800, 'b'),
      file('validation.parquet', 'parquet', 'validation', 100, 'c'),
      file('validation.avro', 'avro', 'validation', 100, 'd'),
      file('test.parquet', 'parquet', 'test', 100, 'e'),
      file('test.avro', 'avro', 'test', 100, 'f'),
      file('lineage.jsonl', 'lineage', null, 1000, '1'),
      file('manifest.json', 'manifest', null, 0, '2'),
    ],
    anonymity: {
      k: 6, l: 2, suppressed: 31, suppressionRate: 0.03, informationLoss: 0.1834, input: 1031, released: 1000,
      generalisation: { h3Resolution: 7, timeBucketMinutes: 120, ageBandWidth: 20, districtKept: false },
      targets: { k: 5, l: 2, maxSuppression: 0.05, quasiIdentifiers: ['h3Cell', 'timeBucket', 'ageBand', 'district'], sensitiveColumn: 'subCategory' },
    },
    sources: [
      { city: 'barcelona', topic: 'safety.events.anonymised.v1', partition: 0, startOffset: '0', endOffset: '640' },
      { city: 'incheon', topic: 'incheon.safety.events.anonymised.v1', partition: 0, startOffset: '0', endOffset: '391' },
      { city: 'barcelona', topic: 'safety.labels.v1', partition: 0, startOffset: '0', endOffset: '700' },
    ],
    eventTimeWindow: { from: Date.UTC(2026, 0, 1), until: Date.UTC(2026, 6, 1) },
    labels: {
      topics: ['safety.labels.v1'],
      joinRule: 'latest label per labeller kind; human over model over rule.',
      labelledRows: { human: 400, model: 200, rule: 50 },
      unlabelledRows: 350,
      guidelineVersions: ['2026-01'],
    },
    usage: { licence: 'CC-BY-NC-4.0', terms: 'Training of safety models only; no re-identification attempts.', accessRights: 'restricted' },
    publishedAt: Date.UTC(2026, 6, 2, 10, 30),
    withdrawnAt: null,
    supersedes: 'rel-2026-0000',
    supersededBy: null,
    apiBaseUrl: 'https://datasets.barcelona.mesh.example/v1/',
    ...overrides,
  };
}
