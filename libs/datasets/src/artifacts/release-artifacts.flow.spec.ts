import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReleaseFile } from '../domain';
import { buildRows, parseDatasetDefinition } from '../domain';
import { syntheticEvents, syntheticLabels } from '../testing/synthetic-events';
import { writeReleaseManifest } from './manifest/release-manifest';
import { croissantOf } from './metadata/croissant/croissant-of';
import { dcatApOf } from './metadata/dcat/dcat-ap-of';
import type { ReleaseMetadataInput } from './metadata/release-metadata-input';
import { summariseRows } from './metadata/summarise-rows';
import { RELEASE_FILE_NAMES } from './release-files';
import { storeReleaseData } from './store-release-data';
import { LocalDirectoryArtifactStore } from './store/local-directory-artifact-store';
import { readStoredFile } from './verify/read-stored-file';
import { verifyRelease } from './verify/verify-release';

// The builder's rows through every writer into a store, then verified from the files alone.
describe('release artifacts from a real build', () => {
  const definition = parseDatasetDefinition({
    definitionId: 'school-zone-hazards',
    title: 'School zone hazards',
    purpose: 'aiTraining',
    sources: { events: ['safety.events.anonymised.v1'], labels: ['safety.labels.v1'] },
    splits: { train: 0.8, validation: 0.1, test: 0.1, seed: 'seed-school-zone-2026' },
    usage: { licence: 'CC-BY-4.0', terms: 'AI training only; no re-identification.', accessRights: 'restricted' },
  });
  const events = syntheticEvents({ count: 3000, city: 'barcelona', cells: 150, days: 14 });
  const labels = syntheticLabels(events);
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'release-flow-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes files that verify against the build report and hold no pseudonym', async () => {
    const outcome = buildRows(definition, events, labels, new Set());
    if (!outcome.ok) throw new Error(`build refused: ${outcome.reason}`);
    const store = new LocalDirectoryArtifactStore(root);
    const dataFiles = await storeReleaseData(store, 'rel-1', { rows: outcome.rows, lineage: outcome.lineage, seed: definition.splits.seed, formats: definition.formats });
    const snapshot = [0, 1, 2].map((partition) => ({ city: 'barcelona', topic: 'safety.events.anonymised.v1', partition, startOffset: '0', endOffset: '1000' }));
    const manifest = await store.put('rel-1', RELEASE_FILE_NAMES.manifest, writeReleaseManifest({ releaseId: 'rel-1', definitionId: definition.definitionId, definitionVersion: 1, city: 'barcelona', snapshot, files: dataFiles }));
    const files: ReleaseFile[] = [...dataFiles, { ...manifest, format: 'manifest', split: null, recordCount: 0 }];
    const summary = summariseRows(outcome.rows);
    const input: ReleaseMetadataInput = {
      releaseId: 'rel-1', definitionId: definition.definitionId, title: definition.title, description: 'Hazards near schools.', version: '1.0.0',
      purpose: definition.purpose, city: 'barcelona', publisher: { name: 'Barcelona', url: 'https://barcelona.mesh.example/' }, files,
      anonymity: { ...outcome.report.anonymity, targets: { k: definition.k, l: definition.l, maxSuppression: definition.maxSuppression, quasiIdentifiers: definition.quasiIdentifiers, sensitiveColumn: definition.sensitiveColumn } },
      sources: snapshot, eventTimeWindow: summary.eventTimeWindow,
      labels: { topics: definition.sources.labels, joinRule: 'human over model over rule, latest per kind.', labelledRows: outcome.report.labelled, unlabelledRows: summary.unlabelledRows, guidelineVersions: outcome.report.guidelineVersions },
      usage: definition.usage, publishedAt: Date.UTC(2026, 10, 1), withdrawnAt: null, supersedes: null, supersededBy: null, apiBaseUrl: 'https://datasets.barcelona.mesh.example/v1',
    };
    const croissant = await store.put('rel-1', RELEASE_FILE_NAMES.croissant, Buffer.from(JSON.stringify(croissantOf(input), null, 2)));
    const dcat = await store.put('rel-1', RELEASE_FILE_NAMES.dcat, Buffer.from(JSON.stringify(dcatApOf([input], { title: 'Barcelona datasets', description: 'AI datasets.', publisher: input.publisher, apiBaseUrl: input.apiBaseUrl }), null, 2)));

    const report = await verifyRelease(store, 'rel-1', {
      files: [...files, croissant, dcat],
      k: outcome.report.anonymity.k,
      l: outcome.report.anonymity.l,
      targets: { k: definition.k, l: definition.l },
      quasiIdentifiers: definition.quasiIdentifiers,
      sensitiveColumn: definition.sensitiveColumn,
    });
    expect(report.problems).toEqual([]);
    expect(report.anonymity.map((a) => a.rows)).toEqual([outcome.rows.length, outcome.rows.length]);
    expect(report.anonymity[0]?.k).toBeGreaterThanOrEqual(5);

    const pseudonyms = events.flatMap((e) => (e.reporterPseudonym ? [e.reporterPseudonym] : []));
    expect(pseudonyms.length).toBeGreaterThan(100);
    for (const file of await store.list('rel-1')) {
      const text = (await readStoredFile(store, 'rel-1', file.path)).toString('latin1');
      expect(pseudonyms.filter((p) => text.includes(p))).toEqual([]);
      expect(text).not.toContain('hmac-sha256:');
    }
    // A whole build (anonymity search, Avro and Parquet writers, verification) of a few thousand rows: seconds, not milliseconds.
  }, 60_000);
});
