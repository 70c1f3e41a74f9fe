import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import { readingEtaMs } from './build-progress';
import { releaseSourcesOf } from './release-sources';
import { sourceRangesOf } from './source-ranges';

const definition = { sources: { events: ['safety.events.anonymised.v1', 'incheon.safety.events.anonymised.v1'], labels: ['osaka.safety.labels.v1'] } } as unknown as DatasetDefinition;

describe('the topics a release reads', () => {
  it('names own and partner topics on this cluster, under a test prefix after the partner alias, keeping the defined name', () => {
    expect(releaseSourcesOf(definition, 'barcelona', 'run1-')).toEqual([
      { topic: 'run1-safety.events.anonymised.v1', source: 'safety.events.anonymised.v1', catalogTopic: 'safety.events.anonymised.v1', city: 'barcelona', kind: 'events' },
      { topic: 'incheon.run1-safety.events.anonymised.v1', source: 'incheon.safety.events.anonymised.v1', catalogTopic: 'safety.events.anonymised.v1', city: 'incheon', kind: 'events' },
      { topic: 'osaka.run1-safety.labels.v1', source: 'osaka.safety.labels.v1', catalogTopic: 'safety.labels.v1', city: 'osaka', kind: 'labels' },
    ]);
    expect(releaseSourcesOf(definition, 'barcelona', '').map((s) => s.topic)).toEqual(definition.sources.events.concat(definition.sources.labels));
  });

  it('states every partition of the snapshot with its offsets, under the name the definition gives its topic', () => {
    const sources = releaseSourcesOf(definition, 'barcelona', 'run1-');
    const snapshot = { partitions: [{ city: 'incheon', topic: 'incheon.run1-safety.events.anonymised.v1', partition: 0, start: '0', end: '5' }, { city: 'osaka', topic: 'osaka.run1-safety.labels.v1', partition: 2, start: '3', end: '3' }] };
    expect(sourceRangesOf(snapshot, sources)).toEqual([
      { city: 'incheon', topic: 'incheon.safety.events.anonymised.v1', partition: 0, startOffset: '0', endOffset: '5' },
      { city: 'osaka', topic: 'osaka.safety.labels.v1', partition: 2, startOffset: '3', endOffset: '3' },
    ]);
  });

  it('estimates the time left in the read from the rate so far', () => {
    expect(readingEtaMs([{ topic: 't', partition: 0, read: 250, total: 1000 }], 1_000)).toBe(3_000);
    expect(readingEtaMs([{ topic: 't', partition: 0, read: 0, total: 1000 }], 1_000)).toBeNull();
  });
});
