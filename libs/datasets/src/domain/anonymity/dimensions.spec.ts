import { cellToParent, latLngToCell } from 'h3-js';
import { ageDimension } from './age-dimension';
import type { Dimension } from './dimension';
import { districtDimension } from './district-dimension';
import { h3Dimension } from './h3-dimension';
import { timeDimension } from './time-dimension';

/** Generalised value of every row at a level. */
const valuesAt = (d: Dimension, level: number) => Array.from(d.codes, (code) => d.genValue[level]?.[d.genCode[level]?.[code] ?? -1]);

describe('quasi-identifier dimensions', () => {
  it('merges age bands on multiples of the width, folds bands from the open band upward into it, keeps unknown', () => {
    const d = ageDimension(['20-29', '30-39', '70-79', '80+', null, 'n/a']);
    expect(d.levels).toEqual([10, 20, 40, 80, 160]);
    expect(valuesAt(d, 1)).toEqual(['20-39', '20-39', '60-79', '80+', null, 'n/a']);
    expect(valuesAt(d, 2)).toEqual(['0-39', '0-39', '40-79', '80+', null, 'n/a']);
    expect(valuesAt(d, 3)).toEqual(['0-79', '0-79', '0-79', '80+', null, 'n/a']);
    expect(valuesAt(d, 4)).toEqual(['0+', '0+', '0+', '0+', null, 'n/a']);
  });

  it('widens time buckets along a chain that nests, from the least common multiple of the source widths', () => {
    const hour = 3_600_000;
    const d = timeDimension([0, 15 * 60_000, 2 * hour, 25 * hour], [15, 15, 60, 60]);
    expect(d.levels.slice(0, 3)).toEqual([60, 120, 240]);
    expect(valuesAt(d, 0)).toEqual([0, 0, 2 * hour, 25 * hour]);
    expect(valuesAt(d, 1)).toEqual([0, 0, 2 * hour, 24 * hour]);
    expect(valuesAt(d, d.levels.indexOf(1440))).toEqual([0, 0, 0, 24 * hour]);
    expect(d.levels.at(-1)).toBe(10_080);
  });

  it('coarsens H3 cells to their parents and stops where all events share one cell', () => {
    const a = latLngToCell(37.45, 126.7, 9);
    const b = latLngToCell(37.46, 126.71, 9);
    const coarse = latLngToCell(37.45, 126.7, 7);
    const d = h3Dimension([a, b, coarse], [9, 9, 7]);
    expect(d.levels[0]).toBe(9);
    expect(valuesAt(d, 1)).toEqual([cellToParent(a, 8), cellToParent(b, 8), coarse]);
    expect(valuesAt(d, 2)).toEqual([cellToParent(a, 7), cellToParent(b, 7), coarse]);
    expect(new Set(valuesAt(d, d.levels.length - 1)).size).toBe(1);
  });

  it('removes the district at its second level', () => {
    const d = districtDimension(['d1', 'd2', null]);
    expect(valuesAt(d, 1)).toEqual([null, null, null]);
  });

  it('charges a penalty of 0 for values as sourced and 1 for values covering the whole observed domain', () => {
    const d = districtDimension(['d1', 'd2', 'd3']);
    expect(Array.from(d.penalty[0] ?? [])).toEqual([0, 0, 0]);
    expect(Array.from(d.penalty[1] ?? [])).toEqual([1]);
    const age = ageDimension(['20-29', '30-39', '40-49']);
    expect(Array.from(age.penalty[1] ?? [])).toEqual([0.5, 0]);
  });
});
