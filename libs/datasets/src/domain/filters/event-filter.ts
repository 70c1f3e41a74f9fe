import type { DatasetDefinition } from '../definition/dataset-definition';
import type { SourceEvent } from '../rows/source-event';
import { createH3AreaTest } from './h3-area';

/** The definition's source topics and filters as one predicate over events. */
export function createEventFilter(definition: DatasetDefinition): (event: SourceEvent) => boolean {
  const { filters } = definition;
  const topics = new Set(definition.sources.events);
  const categories = filters.categories && new Set(filters.categories);
  const subCategories = filters.subCategories && new Set(filters.subCategories);
  const cities = filters.cities && new Set(filters.cities);
  const inArea = filters.h3Area && createH3AreaTest(filters.h3Area);
  const from = filters.from ?? Number.NEGATIVE_INFINITY;
  const until = filters.until ?? Number.POSITIVE_INFINITY;
  return (event) =>
    topics.has(event.position.topic) &&
    event.occurredAtBucketStart >= from &&
    event.occurredAtBucketStart < until &&
    (categories === undefined || categories.has(event.category)) &&
    (subCategories === undefined || subCategories.has(event.subCategory)) &&
    (cities === undefined || cities.has(event.city)) &&
    (inArea === undefined || inArea(event.h3Cell, event.h3Resolution));
}
