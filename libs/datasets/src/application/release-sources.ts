import { topicCatalog } from '@usm/contracts';
import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import type { ReleaseSource } from './release-record';

const catalogNames = [topicCatalog.safetyEventsAnonymised.name, topicCatalog.safetyLabels.name];

/**
 * The topics a definition reads, as named on this cluster: `safety.events.anonymised.v1` is the city's own,
 * `incheon.safety.events.anonymised.v1` Incheon's copy (MirrorMaker 2 naming). A test run's prefix goes in front
 * of the catalog name (`incheon.<prefix>safety…`), as the federation names its flows.
 */
export function releaseSourcesOf(definition: DatasetDefinition, ownCity: string, topicPrefix: string): ReleaseSource[] {
  const resolve = (source: string, kind: ReleaseSource['kind']): ReleaseSource => {
    const catalogTopic = catalogNames.find((name) => source === name || source.endsWith(`.${name}`)) ?? source;
    const partner = source === catalogTopic ? null : source.slice(0, source.length - catalogTopic.length - 1);
    const local = `${topicPrefix}${catalogTopic}`;
    return { topic: partner === null ? local : `${partner}.${local}`, source, catalogTopic, city: partner ?? ownCity, kind };
  };
  return [...definition.sources.events.map((s) => resolve(s, 'events')), ...definition.sources.labels.map((s) => resolve(s, 'labels'))];
}
