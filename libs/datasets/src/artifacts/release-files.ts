import { ValidationError } from '@usm/errors';
import type { ArtifactFormat, Split } from '../domain';

export type DataFileFormat = ArtifactFormat;
/** The `format` values of a release's files (the domain's ReleaseFile.format). */
export type ReleaseFileFormat = DataFileFormat | 'lineage' | 'manifest' | 'croissant' | 'dcat';

const FORMATS: readonly string[] = ['avro', 'parquet', 'lineage', 'manifest', 'croissant', 'dcat'] satisfies readonly ReleaseFileFormat[];

/** Narrows a stored file's format; refuses one the metadata documents cannot describe. */
export function releaseFileFormatOf(format: string): ReleaseFileFormat {
  if (FORMATS.includes(format)) return format as ReleaseFileFormat;
  throw new ValidationError('DATASETS.RELEASE_FILE_FORMAT_UNKNOWN', [
    { field: 'files.format', rule: 'knownFormat', message: `format must be one of ${FORMATS.join(', ')}` },
  ]);
}

/** The fixed file names of a release directory. */
export const RELEASE_FILE_NAMES = {
  data: (split: Split, format: DataFileFormat): string => `${split}.${format}`,
  lineage: 'lineage.jsonl',
  manifest: 'manifest.json',
  croissant: 'croissant.json',
  dcat: 'dcat.jsonld',
} as const;
