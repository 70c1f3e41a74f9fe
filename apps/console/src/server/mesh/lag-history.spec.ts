import { noLagHistory, recordLag } from './lag-history';

const flow = (lagMs: number | null) => [{ source: 'incheon', target: 'barcelona', topics: [{ topic: 't', lagMs, lagRecords: null }] }];

describe('replication lag over time', () => {
  it('appends a sample per measured topic and keeps only the last `window` ones', () => {
    const history = [1, 2, 3].reduce((h, at) => recordLag(h, flow(at * 100), at, 2), noLagHistory);
    expect([...history.values()]).toEqual([{ flow: 'incheon>barcelona', topic: 't', samples: [[2, 200], [3, 300]] }]);
  });

  it('adds nothing for a topic whose lag is not measured yet', () => {
    expect(recordLag(noLagHistory, flow(null), 1, 10).size).toBe(0);
  });
});
