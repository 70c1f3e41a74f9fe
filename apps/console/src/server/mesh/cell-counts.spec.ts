import { cellsOf, countEvent, eventsIn, noCellCounts } from './cell-counts';

describe('events per H3 cell', () => {
  it('counts each event in its city and cell, most events first', () => {
    const counts = [['incheon', 'a'], ['incheon', 'b'], ['incheon', 'b'], ['barcelona', 'c']].reduce((acc, [city, cell]) => countEvent(acc, city ?? '', cell ?? '', 8), noCellCounts);
    expect(cellsOf(counts, 'incheon')).toEqual([{ cell: 'b', resolution: 8, count: 2 }, { cell: 'a', resolution: 8, count: 1 }]);
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
