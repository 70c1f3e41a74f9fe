import { rangeRequestOf } from './byte-range';

describe('Range header of a download', () => {
  it('serves the whole file without a header, or for several ranges or another unit', () => {
    expect(rangeRequestOf(undefined, 100)).toEqual({ kind: 'whole' });
    expect(rangeRequestOf('bytes=0-1,5-6', 100)).toEqual({ kind: 'whole' });
    expect(rangeRequestOf('items=0-1', 100)).toEqual({ kind: 'whole' });
  });

  it('reads a closed range, an open one (resuming), and a suffix, clamped to the file', () => {
    expect(rangeRequestOf('bytes=10-19', 100)).toEqual({ kind: 'partial', range: { start: 10, end: 19 } });
    expect(rangeRequestOf('bytes=40-', 100)).toEqual({ kind: 'partial', range: { start: 40, end: 99 } });
    expect(rangeRequestOf('bytes=-30', 100)).toEqual({ kind: 'partial', range: { start: 70, end: 99 } });
    expect(rangeRequestOf('bytes=90-500', 100)).toEqual({ kind: 'partial', range: { start: 90, end: 99 } });
  });

  it('refuses a start past the end, an inverted range and an empty suffix (416)', () => {
    expect(rangeRequestOf('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(rangeRequestOf('bytes=20-10', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(rangeRequestOf('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
  });
});
