import fc from 'fast-check';
import type { RowLineage } from '../../domain';
import { sampleLineage, sampleRows } from '../testing/dataset-rows.fixture';
import { readLineageFile, writeLineageFile } from './lineage-file';

describe('writeLineageFile', () => {
  const lineage = sampleLineage([...sampleRows(40, 'test'), ...sampleRows(30, 'train')]);

  it('writes one JSON line per row, sorted by rowId, and reads back to the same entries', () => {
    const text = Buffer.from(writeLineageFile(lineage)).toString('utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(70);
    expect(text.endsWith('\n')).toBe(true);
    const rowIds = readLineageFile(writeLineageFile(lineage)).map((e) => e.rowId);
    expect(rowIds).toEqual([...rowIds].sort());
    expect(readLineageFile(writeLineageFile(lineage))).toEqual([...lineage].sort((a, b) => (a.rowId < b.rowId ? -1 : 1)));
  });

  it('gives the same bytes whatever the input order or key order (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(lineage, { minLength: lineage.length }), (shuffled) => {
        const reKeyed: RowLineage[] = shuffled.map((e) => ({ label: e.label, event: { eventId: e.event.eventId, offset: e.event.offset, partition: e.event.partition, topic: e.event.topic, city: e.event.city }, rowId: e.rowId }));
        expect(Buffer.from(writeLineageFile(reKeyed)).equals(Buffer.from(writeLineageFile(lineage)))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('traces a labelled row to its event and label records', () => {
    const [labelled] = readLineageFile(writeLineageFile(lineage)).filter((e) => e.label !== null);
    expect(labelled?.event).toEqual({ city: expect.any(String), topic: 'safety.events.anonymised.v1', partition: expect.any(Number), offset: expect.any(String), eventId: expect.any(String) });
    expect(labelled?.label?.topic).toBe('safety.labels.v1');
  });

  it('refuses duplicate row ids with a typed error naming the field', () => {
    const [first] = lineage;
    expect(() => writeLineageFile([first as RowLineage, first as RowLineage])).toThrow(expect.objectContaining({ code: 'DATASETS.ARTIFACT_CONTENT_INVALID', details: { field: 'lineage.rowId', rule: 'unique' } }));
  });
});

describe('writeLineageFile line format', () => {
  it('writes exactly what JSON.stringify would for the same keys, for any strings (property)', () => {
    const text = fc.string({ unit: 'binary' });
    const positionArb = fc.record({ city: text, topic: text, partition: fc.nat(), offset: fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }).map(String) });
    fc.assert(
      fc.property(text, positionArb, text, fc.option(fc.tuple(positionArb, text), { nil: null }), (rowId, event, eventId, label) => {
        const entry: RowLineage = { rowId, event: { ...event, eventId }, label: label && { ...label[0], labelId: label[1] } };
        const line = Buffer.from(writeLineageFile([entry])).toString('utf8');
        const expected = { rowId, event: { city: event.city, topic: event.topic, partition: event.partition, offset: event.offset, eventId }, label: label && { ...label[0], labelId: label[1] } };
        expect(line).toBe(`${JSON.stringify(expected)}\n`);
      }),
    );
  });

  it('refuses a partition that is not a non-negative integer', () => {
    const [entry] = sampleLineage(sampleRows(1));
    const broken = { ...(entry as RowLineage), event: { ...(entry as RowLineage).event, partition: Number.NaN } };
    expect(() => writeLineageFile([broken])).toThrow(expect.objectContaining({ details: { field: 'lineage.partition', rule: 'nonNegativeInteger' } }));
  });
});
