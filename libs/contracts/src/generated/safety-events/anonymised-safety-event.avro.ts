// Generated from schemas/safety-events/AnonymisedSafetyEvent.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { LegalBasis } from '../shared/legal-basis.avro';
import type { AlertCategory } from './alert-category.avro';
import type { AlertSeverity } from './alert-severity.avro';
import type { SourceKind } from './source-kind.avro';

/**
 * A safety event after the privacy service: direct identifiers removed or pseudonymised, time and place generalised, free text scrubbed. Topic safety.events.anonymised.v1, key = eventId. Shareable with partners under an active agreement, so it must never carry a `direct` field.
 * Avro: `mesh.safety.AnonymisedSafetyEvent`.
 */
export interface AnonymisedSafetyEvent {
  /**
   * Id of the raw event this one was derived from (UUID); also the record key.
   * Avro logical type: uuid.
   */
  readonly eventId: string;
  /** Id of the city node where the event was anonymised. */
  readonly city: string;
  /** Kind of system that produced the event and its legal basis; the system id is dropped. */
  readonly source: AnonymisedSource;
  /** FIWARE Alert category. */
  readonly category: AlertCategory;
  /** FIWARE Alert subCategory, valid for the category (alertSubCategories in @usm/contracts). */
  readonly subCategory: string;
  /** FIWARE Alert severity. */
  readonly severity: AlertSeverity;
  /**
   * Start of the time bucket the event happened in (UTC epoch millis); the exact time is not kept.
   * Avro logical type: timestamp-millis.
   * @privacy quasi
   */
  readonly occurredAtBucketStart: number;
  /** Width of the time bucket in minutes, chosen by the privacy policy. */
  readonly bucketWidthMinutes: number;
  /**
   * H3 cell (hex index) containing the event's location; the exact point is not kept.
   * @privacy quasi
   */
  readonly h3Cell: string;
  /** H3 resolution of h3Cell (0 to 15), chosen by the privacy policy. */
  readonly h3Resolution: number;
  /**
   * Administrative district of the event, when known.
   * @privacy quasi
   */
  readonly district: string | null;
  /**
   * Age band of the person concerned, e.g. `30-39`, when known; the exact age is not kept.
   * @privacy quasi
   */
  readonly ageBand: string | null;
  /**
   * Description with names, numbers, plates, addresses and links scrubbed; still free text, hence quasi.
   * @privacy quasi
   */
  readonly description: string | null;
  /**
   * Keyed pseudonym of the reporter (stable per key, not reversible without it), when there was a reporter.
   * @privacy quasi
   */
  readonly reporterPseudonym: string | null;
  /**
   * Keyed pseudonyms of the plates seen, in the raw event's order.
   * @privacy quasi
   */
  readonly vehiclePseudonyms: ReadonlyArray<string>;
  /**
   * Source-specific attributes with their free-text values scrubbed.
   * @privacy quasi
   */
  readonly attributes: Readonly<Record<string, string>>;
  /** How this event was anonymised, so a partner can tell which policy and pseudonymisation key applied. */
  readonly privacy: PrivacyProvenance;
}

/**
 * Producing system, generalised to its kind.
 * Avro: `mesh.safety.AnonymisedSource`.
 */
export interface AnonymisedSource {
  /** Kind of producing system. */
  readonly kind: SourceKind;
  /** Legal basis under which the raw event was collected. */
  readonly legalBasis: LegalBasis;
}

/**
 * Anonymisation policy and key that produced an event.
 * Avro: `mesh.safety.PrivacyProvenance`.
 */
export interface PrivacyProvenance {
  /** Version of the anonymisation policy applied. */
  readonly policyVersion: string;
  /** Id of the pseudonymisation key (never the key itself); rotates the pseudonyms when it changes. */
  readonly keyId: string;
}
