import { mergeHits } from './merge-hits';

const rank = (kind: string): number => ['url', 'email', 'phone'].indexOf(kind);

describe('mergeHits', () => {
  it('sorts hits that do not overlap', () => {
    const hits = [
      { kind: 'phone', start: 10, end: 12 },
      { kind: 'email', start: 0, end: 5 },
    ];
    expect(mergeHits(hits, rank)).toEqual([
      { kind: 'email', start: 0, end: 5 },
      { kind: 'phone', start: 10, end: 12 },
    ]);
  });

  it('merges overlapping hits into one covering both, keeping the earliest kind', () => {
    const hits = [
      { kind: 'phone', start: 3, end: 9 },
      { kind: 'url', start: 0, end: 6 },
    ];
    expect(mergeHits(hits, rank)).toEqual([{ kind: 'url', start: 0, end: 9 }]);
  });

  it('prefers the longer hit, then the higher-ranked kind, at the same start', () => {
    expect(mergeHits([{ kind: 'phone', start: 0, end: 4 }, { kind: 'email', start: 0, end: 8 }], rank)).toEqual([
      { kind: 'email', start: 0, end: 8 },
    ]);
    expect(mergeHits([{ kind: 'phone', start: 0, end: 8 }, { kind: 'url', start: 0, end: 8 }], rank)).toEqual([
      { kind: 'url', start: 0, end: 8 },
    ]);
  });

  it('keeps touching hits apart', () => {
    expect(mergeHits([{ kind: 'url', start: 0, end: 4 }, { kind: 'phone', start: 4, end: 6 }], rank)).toHaveLength(2);
  });
});
