import { readLineageFile } from '../lineage/lineage-file';
import type { DecodedDataFile } from './verify-data-files';

/** Every data row has exactly one lineage entry with its event id, sorted by rowId, and nothing else. */
export function verifyLineage(bytes: Uint8Array, decoded: readonly DecodedDataFile[], problems: string[]): number {
  const lineage = readLineageFile(bytes);
  const format = decoded.some((d) => d.format === 'parquet') ? 'parquet' : 'avro';
  const eventOfRow = new Map<string, unknown>();
  for (const file of decoded.filter((d) => d.format === format)) for (const record of file.records) eventOfRow.set(String(record['rowId']), record['eventId']);
  let previous: string | null = null;
  let mismatches = 0;
  for (const entry of lineage) {
    if (previous !== null && !(previous < entry.rowId)) problems.push(`lineage.jsonl: row ${entry.rowId} is out of order or repeated`);
    previous = entry.rowId;
    if (eventOfRow.get(entry.rowId) !== entry.event.eventId) mismatches++;
  }
  if (mismatches > 0) problems.push(`lineage.jsonl: ${mismatches} entries name a row or event the data files do not hold`);
  if (lineage.length !== eventOfRow.size) problems.push(`lineage.jsonl: ${lineage.length} entries for ${eventOfRow.size} data rows`);
  return lineage.length;
}
