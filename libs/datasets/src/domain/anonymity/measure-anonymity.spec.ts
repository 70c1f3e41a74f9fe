import type { DatasetRow } from '../rows/dataset-row';
import { measureAnonymity } from './measure-anonymity';

const row = (h3Cell: string, subCategory: string, district: string | null = null): DatasetRow => ({
  rowId: 'train-0000000',
  eventId: 'e',
  city: 'incheon',
  sourceKind: 'cctvAnalytics',
  category: 'traffic',
  subCategory,
  severity: 'medium',
  h3Cell,
  h3Resolution: 7,
  timeBucketStart: 0,
  timeBucketMinutes: 60,
  ageBand: null,
  district,
  label: null,
  labelConfidence: null,
  labellerKind: null,
  split: 'train',
});

describe('measureAnonymity', () => {
  it('finds the smallest class and the fewest distinct sensitive values', () => {
    const rows = [row('a', 'x'), row('a', 'y'), row('a', 'x'), row('b', 'x'), row('b', 'x')];
    expect(measureAnonymity(rows, ['h3Cell'], 'subCategory')).toEqual({ k: 2, l: 1 });
  });

  it('ignores columns that are not quasi-identifiers and reads 0 for no rows', () => {
    const rows = [row('a', 'x', 'd1'), row('a', 'y', 'd2')];
    expect(measureAnonymity(rows, ['h3Cell'], 'subCategory')).toEqual({ k: 2, l: 2 });
    expect(measureAnonymity(rows, ['h3Cell', 'district'], 'subCategory')).toEqual({ k: 1, l: 1 });
    expect(measureAnonymity([], ['h3Cell'], 'subCategory')).toEqual({ k: 0, l: 0 });
  });
});
