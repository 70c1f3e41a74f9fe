import type { DatasetDefinition } from '../definition/dataset-definition';
import { createEventFilter } from '../filters/event-filter';
import type { SourceEvent } from '../rows/source-event';
import { comparePositions } from '../rows/source-position';

export interface SelectedEvents {
  readonly events: SourceEvent[];
  readonly excluded: number;
  readonly outsideFilters: number;
  readonly duplicates: number;
}

/** Drops excluded ids, events outside sources and filters, and duplicates (keeping the lowest position), in any input order. */
export function selectEvents(definition: DatasetDefinition, events: readonly SourceEvent[], excluded: ReadonlySet<string>): SelectedEvents {
  const inScope = createEventFilter(definition);
  const kept = new Map<string, SourceEvent>();
  let excludedCount = 0;
  let outsideFilters = 0;
  let duplicates = 0;
  for (const event of events) {
    if (excluded.has(event.eventId)) excludedCount++;
    else if (!inScope(event)) outsideFilters++;
    else {
      const current = kept.get(event.eventId);
      if (current !== undefined) duplicates++;
      if (current === undefined || comparePositions(event.position, current.position) < 0) kept.set(event.eventId, event);
    }
  }
  return { events: [...kept.values()], excluded: excludedCount, outsideFilters, duplicates };
}
