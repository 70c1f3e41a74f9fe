import type { LegalBasis } from '../domain/contract/safety-event-enums';

/** Port: what the privacy pipeline counts beyond the stream's own outcome counters. */
export interface PrivacyMetrics {
  /** An event was anonymised but kept in the city: its legal basis does not allow every gated purpose. */
  keptLocal(basis: LegalBasis): void;
}
