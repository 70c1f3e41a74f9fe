import type { EventsRetracted, RetractionReason } from '@usm/contracts';

/** A retraction notice as it travels on `safety.events.retractions.v1`: event ids only, never the subject. */
export type RetractionNotice = EventsRetracted;
export type { RetractionReason };

/** Whether a notice retracts this city's own events (it publishes it) or a partner's (it arrived replicated). */
export type RetractionOrigin = 'own' | 'partner';
