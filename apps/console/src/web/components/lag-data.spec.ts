import { alignedLagData } from './lag-data';

describe('lag chart data', () => {
  it('aligns series on one time axis in seconds, with gaps where a series has no sample', () => {
    const data = alignedLagData([
      { flow: 'incheon>barcelona', topic: 'a', samples: [[1_000, 500], [3_000, 1_500]] },
      { flow: 'barcelona>incheon', topic: 'a', samples: [[2_000, 250]] },
    ]);
    expect(data).toEqual([[1, 2, 3], [0.5, null, 1.5], [null, 0.25, null]]);
  });
});
