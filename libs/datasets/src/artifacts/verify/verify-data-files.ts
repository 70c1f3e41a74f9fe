import { readAvroContainer } from '../avro/avro-container-reader';
import { readParquet } from '../parquet/parquet-reader';
import type { DataFileFormat } from '../release-files';
import type { DataFileCheck, VerifyExpectation } from './verify-report';

const DATA_FILE = /^(train|validation|test)\.(avro|parquet)$/;

export interface DataFile {
  readonly path: string;
  readonly split: string;
  readonly format: DataFileFormat;
}

export interface DecodedDataFile extends DataFileCheck {
  readonly records: readonly Record<string, unknown>[];
}

export function dataFilesOf(paths: readonly string[]): DataFile[] {
  return paths.flatMap((path) => {
    const match = DATA_FILE.exec(path);
    return match ? [{ path, split: match[1] as string, format: match[2] as DataFileFormat }] : [];
  });
}

/** Decodes one data file with the reader of its format and checks its rows against its split and claimed count. */
export async function decodeDataFile(file: DataFile, bytes: Uint8Array, expected: VerifyExpectation, problems: string[]): Promise<DecodedDataFile> {
  const records = file.format === 'avro' ? (await readAvroContainer(bytes)).records : (await readParquet(bytes)).records;
  const expectedRows = expected.files.find((f) => f.path === file.path)?.recordCount ?? null;
  if (expectedRows !== null && expectedRows !== records.length) problems.push(`${file.path}: ${records.length} rows, release says ${expectedRows}`);
  const strays = records.filter((record) => record['split'] !== file.split).length;
  if (strays > 0) problems.push(`${file.path}: ${strays} rows belong to another split`);
  return { path: file.path, format: file.format, split: file.split, rows: records.length, expectedRows, records };
}

/** The Avro and Parquet files of a split must hold the same rows in the same order. */
export function compareFormats(decoded: readonly DecodedDataFile[], problems: string[]): void {
  for (const avro of decoded.filter((d) => d.format === 'avro')) {
    const parquet = decoded.find((d) => d.format === 'parquet' && d.split === avro.split);
    if (!parquet) continue;
    const columns = Object.keys(avro.records[0] ?? {});
    const differing = avro.records.length !== parquet.records.length
      ? -1
      : avro.records.findIndex((row, i) => columns.some((column) => !Object.is(row[column], parquet.records[i]?.[column])));
    if (differing !== -1) problems.push(`${avro.split}: Avro and Parquet files differ${differing >= 0 ? ` at row ${differing}` : ' in row count'}`);
  }
}
