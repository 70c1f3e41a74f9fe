import type { ArtifactStore } from '../../artifacts';
import type { ReleaseFile } from '../../domain/release/release-facts';
import { RELEASE_FILE_NAMES, storeReleaseData, writeReleaseManifest } from '../../artifacts';
import type { ArtifactsInput, ReleaseArtifacts } from '../../application/pipeline.ports';
import type { ReleaseRecord } from '../../application/release-record';
import { metadataDocumentsOf } from './release-metadata';

/** Lays a release out in the artifact store: per split Avro and/or Parquet, lineage, manifest; then the metadata. */
export class ReleaseArtifactWriter implements ReleaseArtifacts {
  constructor(
    private readonly store: ArtifactStore,
    private readonly publicUrl: string,
  ) {}

  async writeData(input: ArtifactsInput): Promise<ReleaseFile[]> {
    const { record, definition } = input;
    const files = await storeReleaseData(this.store, record.releaseId, { rows: input.rows, lineage: input.lineage, seed: definition.splits.seed, formats: definition.formats });
    const manifest = writeReleaseManifest({
      releaseId: record.releaseId,
      definitionId: record.definitionId,
      definitionVersion: record.definitionVersion,
      city: record.city,
      snapshot: record.sourceRanges,
      files,
    });
    files.push(await this.put(record.releaseId, RELEASE_FILE_NAMES.manifest, manifest, { format: 'manifest', split: null, recordCount: 0 }));
    return files;
  }

  async writeMetadata(record: ReleaseRecord): Promise<ReleaseFile[]> {
    const { croissant, dcat } = metadataDocumentsOf(record, `${this.publicUrl}/v1`);
    const json = (doc: object) => Buffer.from(`${JSON.stringify(doc, null, 2)}\n`);
    return [
      await this.put(record.releaseId, RELEASE_FILE_NAMES.croissant, json(croissant), { format: 'croissant', split: null, recordCount: 0 }),
      await this.put(record.releaseId, RELEASE_FILE_NAMES.dcat, json(dcat), { format: 'dcat', split: null, recordCount: 0 }),
    ];
  }

  private async put(releaseId: string, path: string, bytes: Uint8Array, about: Pick<ReleaseFile, 'format' | 'split' | 'recordCount'>): Promise<ReleaseFile> {
    const stored = await this.store.put(releaseId, path, bytes);
    return { path: stored.path, sha256: stored.sha256, sizeBytes: stored.sizeBytes, ...about };
  }
}
