import { recordLagOf } from './replication-lag';
import { physicalFlows, remoteTopicOf } from './topic-names';

describe('recordLagOf', () => {
  it('sums source end minus target end per partition', () => {
    expect(recordLagOf({ 0: 10, 1: 5, 2: 0 }, { 0: 7, 1: 5, 2: 0 })).toBe(3);
  });

  it('counts a partition missing on the target (remote topic not created yet) in full, and never goes below zero', () => {
    expect(recordLagOf({ 0: 4, 1: 6 }, {})).toBe(10);
    expect(recordLagOf({ 0: 4 }, { 0: 9 })).toBe(0);
  });
});

describe('topic names on the clusters', () => {
  it('prefixes catalog names and names remote topics <source>.<topic>', () => {
    expect(physicalFlows([{ source: 'incheon', target: 'barcelona', topics: ['safety.labels.v1'] }], 't1-')).toEqual([{ source: 'incheon', target: 'barcelona', topics: ['t1-safety.labels.v1'] }]);
    expect(remoteTopicOf('incheon', 'safety.labels.v1')).toBe('incheon.safety.labels.v1');
  });
});
