import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from 'avsc';
import type { Schema } from 'avsc';
import type { AvroNamedTypeJson } from '@usm/contracts';
import { checkCompatibility, inlineNamedTypes, loadValueSchema, topicCatalog, workspaceSchemas } from '@usm/contracts';

/** dataset.releases.v1 with DatasetReleased as first published (before l, suppression, information loss, supersedes). */
function releasesSchemaV1() {
  const current = workspaceSchemas();
  const v1 = JSON.parse(readFileSync(join(current.dir, 'datasets', 'history', 'DatasetReleased.v1.avsc.json'), 'utf8')) as AvroNamedTypeJson;
  return inlineNamedTypes(topicCatalog.datasetReleases.valueSchema, { ...current, types: new Map(current.types).set('mesh.datasets.DatasetReleased', v1) });
}

describe('dataset.releases.v1: DatasetReleased v1 → v2 (anonymity figures and supersedes, defaulted)', () => {
  const [v1, v2] = [releasesSchemaV1(), loadValueSchema(topicCatalog.datasetReleases)];

  it('is BACKWARD_TRANSITIVE compatible with the first envelope', () => {
    expect(checkCompatibility(v2, [v1], 'BACKWARD_TRANSITIVE')).toEqual([]);
  });

  it('reads a v1 record with the new fields null', () => {
    const [writer, reader] = [Type.forSchema(v1 as Schema), Type.forSchema(v2 as Schema)];
    const released = {
      releaseId: 'r1', city: 'incheon', datasetName: 'd', version: '1.0.0', purposes: ['aiTraining'],
      manifest: { files: [], format: 'parquet', croissantUri: null },
      lineage: { sourceTopics: [], windowStart: 0, windowEnd: 1, anonymisationPolicyVersion: 'p1', labelGuidelineVersion: null, builderVersion: 'b1' },
      kAnonymity: 5, recordCounts: { input: 1, withoutConsent: 0, suppressed: 0, released: 1 }, checksum: 'c', releasedAt: 1,
    };
    const metadata = { eventId: 'e', aggregateId: 'r1', aggregateVersion: 1, occurredAt: 1, commandId: 'c', causationId: null, correlationId: null };
    const bytes = writer.toBuffer({ type: 'DatasetReleased', data: { 'mesh.datasets.DatasetReleased': released }, metadata });
    const read = reader.fromBuffer(bytes, reader.createResolver(writer)) as { data: Record<string, Record<string, unknown>> };
    expect(read.data['mesh.datasets.DatasetReleased']).toMatchObject({ lDiversity: null, suppressionRate: null, informationLoss: null, supersedes: null });
  });
});
