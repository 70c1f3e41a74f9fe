import type { RetractedEventsQuery } from './ports';

/** The default until ds-withdrawal binds its store: nothing is retracted. */
export const noRetractedEvents: RetractedEventsQuery = { retractedAmong: async () => new Set() };
