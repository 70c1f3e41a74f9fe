import type { Split } from '../domain';

export type DataFileFormat = 'avro' | 'parquet';
export type ReleaseFileFormat = DataFileFormat | 'lineage' | 'manifest' | 'croissant' | 'dcat';

/** One stored file of a release as the metadata documents describe it. */
export interface ReleaseFile {
  readonly path: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly format: ReleaseFileFormat;
  /** The split a data file holds; null for lineage, manifest and metadata files. */
  readonly split: Split | null;
  /** Rows in a data file or lines in the lineage file; null for other files. */
  readonly recordCount: number | null;
}

/** The fixed file names of a release directory. */
export const RELEASE_FILE_NAMES = {
  data: (split: Split, format: DataFileFormat): string => `${split}.${format}`,
  lineage: 'lineage.jsonl',
  manifest: 'manifest.json',
  croissant: 'croissant.json',
  dcat: 'dcat.jsonld',
} as const;
