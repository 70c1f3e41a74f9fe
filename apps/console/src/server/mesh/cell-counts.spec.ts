import { cellsOf, countEvent, eventsIn, noCellCounts } from './cell-counts';

describe('countEvent: the latest event', () => {
  it('remembers per cell the sequence number of its latest event', () => {
    const counts = [['a', 1], ['b', 2], ['a', 3]].reduce((acc, [cell, n]) => countEvent(acc, 'incheon', String(cell), 8, Number(n)), noCellCounts);
    expect(cellsOf(counts, 'incheon').map((c) => [c.cell, c.count, c.latest])).toEqual([['a', 2, 3], ['b', 1, 2]]);
  });
});

describe('events per H3 cell', () => {
  it('counts each event in its city and cell, most events first', () => {
    const counts = [['incheon', 'a'], ['incheon', 'b'], ['incheon', 'b'], ['barcelona', 'c']].reduce((acc, [city, cell]) => countEvent(acc, city ?? '', cell ?? '', 8), noCellCounts);
    expect(cellsOf(counts, 'incheon')).toEqual([{ cell: 'b', resolution: 8, count: 2, latest: 0 }, { cell: 'a', resolution: 8, count: 1, latest: 0 }]);
    expect(eventsIn(counts, 'barcelona')).toBe(1);
    expect(cellsOf(counts, 'osaka')).toEqual([]);
  });

  it('never changes the counts it was given', () => {
    const once = countEvent(noCellCounts, 'incheon', 'a', 8);
    countEvent(once, 'incheon', 'a', 8);
    expect(eventsIn(once, 'incheon')).toBe(1);
    expect(noCellCounts.size).toBe(0);
  });

  it('orders cells with as many events by id, so the view is stable', () => {
    const counts = countEvent(countEvent(noCellCounts, 'incheon', 'z', 8), 'incheon', 'm', 8);
    expect(cellsOf(counts, 'incheon').map((c) => c.cell)).toEqual(['m', 'z']);
  });
});
