import type { LegalBasis } from '../domain/contract/safety-event-enums';
import type { KeptLocalReason } from '../domain/release/decide-release';
import type { AttributeDrop } from '../domain/anonymisation/attribute-drop';
import type { SourceKind } from '../domain/contract/safety-event-enums';

/** Port: what the privacy pipeline counts beyond the stream's own outcome counters. */
export interface PrivacyMetrics {
  /** An event was anonymised but kept in the city: its claimed basis was not verified, or does not allow every gated purpose. */
  keptLocal(basis: LegalBasis, reason: KeptLocalReason): void;
  /** Attributes anonymisation dropped from one event, per declared key (or `(undeclared)`) and reason. Optional so test doubles may leave it out. */
  attributesDropped?(sourceKind: SourceKind, drops: readonly AttributeDrop[]): void;
}
