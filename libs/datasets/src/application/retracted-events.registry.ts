import { noRetractedEvents } from './no-retracted-events';
import type { RetractedEventsQuery } from './ports';

/**
 * The retracted-events query builds consult. Empty until the withdrawal module plugs its store in with `use`
 * (so the withdrawal module can depend on this context without this context depending on it).
 */
export class RetractedEventsRegistry implements RetractedEventsQuery {
  private query: RetractedEventsQuery = noRetractedEvents;

  use(query: RetractedEventsQuery): void {
    this.query = query;
  }

  retractedAmong(eventIds: readonly string[]): Promise<Set<string>> {
    return this.query.retractedAmong(eventIds);
  }
}
