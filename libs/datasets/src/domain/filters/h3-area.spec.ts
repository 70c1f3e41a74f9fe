import { cellToChildren, cellToParent, latLngToCell } from 'h3-js';
import { createH3AreaTest } from './h3-area';

const cell9 = latLngToCell(37.45, 126.7, 9);

describe('createH3AreaTest', () => {
  it('holds a cell listed at its own resolution', () => {
    expect(createH3AreaTest([cell9])(cell9, 9)).toBe(true);
  });

  it('holds a cell whose parent at the area resolution is listed', () => {
    expect(createH3AreaTest([cellToParent(cell9, 6)])(cell9, 9)).toBe(true);
  });

  it('does not hold a cell coarser than every area cell, nor a neighbour', () => {
    const child = cellToChildren(cell9, 10)[0] as string;
    expect(createH3AreaTest([child])(cell9, 9)).toBe(false);
    expect(createH3AreaTest([cell9])(latLngToCell(35.1, 129.0, 9), 9)).toBe(false);
  });

  it('mixes resolutions in one area', () => {
    const far = latLngToCell(35.1, 129.0, 9);
    const inArea = createH3AreaTest([cellToParent(cell9, 5), far]);
    expect([inArea(cell9, 9), inArea(far, 9), inArea(latLngToCell(33.5, 126.5, 9), 9)]).toEqual([true, true, false]);
  });
});
