import { FILE_FORMATS } from '../file-formats';
import { releaseUrls } from '../release-urls';
import type { ReleaseMetadataInput } from '../release-metadata-input';
import type { ReleaseFile } from '../../../domain';
import { releaseFileFormatOf } from '../../release-files';

// Metadata documents describe the data; they are not distributions of it.
const DESCRIBED_FORMATS = new Set(['avro', 'parquet', 'lineage', 'manifest']);

function describe(file: ReleaseFile): string {
  const label = FILE_FORMATS[releaseFileFormatOf(file.format)].label;
  if (file.split) return `${label}: the ${file.split} split, ${file.recordCount} rows.`;
  if (file.format === 'lineage') return `${label}: for every row, the source city, topic, partition and offset of its event and label records.`;
  return `${label}: the offset range of every source partition read, and the data files with their SHA-256.`;
}

/** One cr:FileObject per data, lineage and manifest file; Avro copies point at the Parquet file of their split. */
export function croissantDistribution(input: ReleaseMetadataInput): Record<string, unknown>[] {
  const files = input.files.filter((f) => DESCRIBED_FORMATS.has(f.format));
  const parquetOf = (split: string) => files.find((f) => f.format === 'parquet' && f.split === split);
  return files.map((file) => {
    const twin = file.format === 'avro' && file.split ? parquetOf(file.split) : undefined;
    return {
      '@type': 'cr:FileObject',
      '@id': file.path,
      name: file.path,
      description: describe(file),
      contentUrl: releaseUrls.file(input, input.releaseId, file.path),
      contentSize: `${file.sizeBytes} B`,
      encodingFormat: FILE_FORMATS[releaseFileFormatOf(file.format)].encodingFormat,
      sha256: file.sha256,
      ...(twin ? { sameAs: { '@id': twin.path } } : {}),
    };
  });
}
