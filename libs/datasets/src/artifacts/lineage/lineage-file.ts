import type { RowLineage, SourcePosition } from '../../domain';
import { ArtifactContentInvalid } from '../artifact.errors';

// Code-unit order, not locale order: the same on every machine.
const byRowId = (a: RowLineage, b: RowLineage) => (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0);

const q = JSON.stringify;

function position(p: SourcePosition, rowId: string): string {
  if (!Number.isSafeInteger(p.partition) || p.partition < 0) {
    throw new ArtifactContentInvalid('lineage.partition', 'nonNegativeInteger', `row ${rowId} has an invalid source partition`);
  }
  return `"city":${q(p.city)},"topic":${q(p.topic)},"partition":${p.partition},"offset":${q(p.offset)}`;
}

// Built by hand in a fixed key order: bytes independent of how callers built their objects, and ~3x faster
// than stringifying a fresh object per row.
function lineageLine(entry: RowLineage): string {
  const { event, label } = entry;
  const labelJson = label === null ? 'null' : `{${position(label, entry.rowId)},"labelId":${q(label.labelId)}}`;
  return `{"rowId":${q(entry.rowId)},"event":{${position(event, entry.rowId)},"eventId":${q(event.eventId)}},"label":${labelJson}}`;
}

function isSorted(lineage: readonly RowLineage[]): boolean {
  for (let i = 1; i < lineage.length; i++) if (byRowId(lineage[i - 1] as RowLineage, lineage[i] as RowLineage) > 0) return false;
  return true;
}

/** The release lineage file: JSON Lines, one row per line, sorted by rowId; refuses duplicate row ids. */
export function writeLineageFile(lineage: readonly RowLineage[]): Uint8Array {
  const sorted = isSorted(lineage) ? lineage : [...lineage].sort(byRowId);
  // Encoded in ~1 MiB chunks: one giant string (and its array of lines) would double the memory for nothing.
  const chunks: Buffer[] = [];
  let pending = '';
  for (let i = 0; i < sorted.length; i++) {
    const entry = sorted[i] as RowLineage;
    if (i > 0 && (sorted[i - 1] as RowLineage).rowId === entry.rowId) {
      throw new ArtifactContentInvalid('lineage.rowId', 'unique', `row id ${entry.rowId} appears more than once in the lineage`);
    }
    pending += `${lineageLine(entry)}\n`;
    if (pending.length >= 1 << 20) {
      chunks.push(Buffer.from(pending));
      pending = '';
    }
  }
  chunks.push(Buffer.from(pending));
  return Buffer.concat(chunks);
}

/** Parses a lineage file back into entries (in file order). */
export function readLineageFile(bytes: Uint8Array): RowLineage[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as RowLineage);
}
