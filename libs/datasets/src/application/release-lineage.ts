import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { RowLineage } from '../domain/rows/dataset-row';
import type { ReleaseFileReader } from './ports';

/** The lineage file every release carries (JSON Lines, one RowLineage per row, sorted by rowId). */
export const lineageFileName = 'lineage.jsonl';

/** Finds one row's lineage by streaming the release's lineage file; undefined when the row is not there. */
export async function lineageOfRow(files: ReleaseFileReader, releaseId: string, rowId: string): Promise<RowLineage | undefined> {
  if ((await files.stat(releaseId, lineageFileName)) === undefined) return undefined;
  const stream = await files.open(releaseId, lineageFileName);
  const lines = createInterface({ input: stream instanceof Readable ? stream : Readable.from(stream as AsyncIterable<Buffer>), crlfDelay: Number.POSITIVE_INFINITY });
  const needle = JSON.stringify(rowId);
  try {
    for await (const line of lines) {
      if (!line.includes(needle)) continue;
      const entry = JSON.parse(line) as RowLineage;
      if (entry.rowId === rowId) return entry;
    }
    return undefined;
  } finally {
    lines.close();
  }
}
