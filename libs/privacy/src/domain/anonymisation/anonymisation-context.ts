import type { PrivacyPolicy } from '../policy/privacy-policy';
import type { Pseudonymiser } from '../pseudonymisation/pseudonymiser';
import type { AttributeDropCounter } from './attribute-drop';

/** Everything anonymiseEvent needs besides the event; the caller supplies `now`, so it never reads a clock. */
export interface AnonymisationContext {
  readonly policy: PrivacyPolicy;
  readonly pseudonymise: Pseudonymiser;
  /** The node's own city: an event for another city is refused, and districts come from its gazetteer. */
  readonly city: string;
  /** The node's clock, epoch millis: event times must not be ahead of it by more than the policy's skew. */
  readonly now: number;
  /** Told what attributes each event lost, for /metrics. */
  readonly attributeDrops?: Partial<AttributeDropCounter>;
}
