import type { DatasetRow, ReleaseFile, RowLineage, Split } from '../domain';
import { writeAvroContainer } from './avro/avro-container-writer';
import { writeLineageFile } from './lineage/lineage-file';
import { writeParquet } from './parquet/parquet-writer';
import type { DataFileFormat } from './release-files';
import { RELEASE_FILE_NAMES } from './release-files';
import type { ArtifactStore } from './store/artifact-store';

export interface ReleaseData {
  /** Rows in the release's total order; each split file keeps that order. */
  readonly rows: readonly DatasetRow[];
  readonly lineage: readonly RowLineage[];
  /** Seed of the definition's splits; Avro sync markers derive from it, so rebuilds give equal bytes. */
  readonly seed: string;
  readonly formats: readonly DataFileFormat[];
}

const SPLITS: readonly Split[] = ['train', 'validation', 'test'];

async function encode(format: DataFileFormat, rows: readonly DatasetRow[], seed: string, split: Split): Promise<Uint8Array> {
  return format === 'avro' ? writeAvroContainer(rows, `${seed}:${split}`) : writeParquet(rows);
}

/** Writes `<split>.<format>` for every split holding rows, and `lineage.jsonl`; returns them as release files. */
export async function storeReleaseData(store: ArtifactStore, releaseId: string, data: ReleaseData): Promise<ReleaseFile[]> {
  const files: ReleaseFile[] = [];
  for (const split of SPLITS) {
    const rows = data.rows.filter((row) => row.split === split);
    if (rows.length === 0) continue;
    for (const format of data.formats) {
      const stored = await store.put(releaseId, RELEASE_FILE_NAMES.data(split, format), await encode(format, rows, data.seed, split));
      files.push({ ...stored, format, split, recordCount: rows.length });
    }
  }
  const lineage = await store.put(releaseId, RELEASE_FILE_NAMES.lineage, writeLineageFile(data.lineage));
  files.push({ ...lineage, format: 'lineage', split: null, recordCount: data.lineage.length });
  return files;
}
