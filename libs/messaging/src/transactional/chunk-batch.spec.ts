import { aSourceRecord } from '../spec-support/source-records';
import { chunkBatch, lagOf } from './chunk-batch';

const records = (...offsets: string[]) => offsets.map((offset) => aSourceRecord({ topic: 'raw', partition: 1, offset }));

describe('chunkBatch', () => {
  it('splits a batch into chunks of at most maxRecords, each committing the offset after its last record', () => {
    const chunks = chunkBatch({ topic: 'raw', partition: 1, records: records('10', '11', '12', '13', '14'), lastOffset: '14' }, 2);
    expect(chunks.map((c) => [c.records.map((r) => r.offset), c.nextOffset])).toEqual([
      [['10', '11'], '12'],
      [['12', '13'], '14'],
      [['14'], '15'],
    ]);
    expect(chunks.every((c) => c.topic === 'raw' && c.partition === 1)).toBe(true);
  });

  it('commits past a trailing transaction marker with the last chunk, so it is not fetched again', () => {
    const [only] = chunkBatch({ topic: 'raw', partition: 0, records: records('7', '8'), lastOffset: '9' }, 10);
    expect(only?.nextOffset).toBe('10');
  });

  it('computes offsets beyond the range of a double', () => {
    const [only] = chunkBatch({ topic: 'raw', partition: 0, records: records('9007199254740993'), lastOffset: '9007199254740993' }, 1);
    expect(only?.nextOffset).toBe('9007199254740994');
  });

  it('makes no chunk of an empty batch and refuses a chunk size below one', () => {
    expect(chunkBatch({ topic: 'raw', partition: 0, records: [], lastOffset: '4' }, 3)).toEqual([]);
    expect(() => chunkBatch({ topic: 'raw', partition: 0, records: records('1'), lastOffset: '1' }, 0)).toThrow(RangeError);
  });
});

describe('lagOf', () => {
  it('is the records between the next offset and the high watermark, never negative', () => {
    expect(lagOf('120', '100')).toBe(20);
    expect(lagOf('100', '100')).toBe(0);
    expect(lagOf('99', '100')).toBe(0);
  });
});
