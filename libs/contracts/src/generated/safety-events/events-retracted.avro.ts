// Generated from schemas/safety-events/EventsRetracted.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * A source city retracted anonymised safety events it had shared: every holder must drop them from dataset releases and exclude them from later builds. Topic safety.events.retractions.v1, key = noticeId. Shareable and replicated wherever safety.events.anonymised.v1 goes; it names events only, never the data subject whose consent ended.
 * Avro: `mesh.safety.EventsRetracted`.
 */
export interface EventsRetracted {
  /**
   * Id of this retraction notice (UUID), derived from the consent event that caused it, so a replayed cause gives the same notice; also the record key.
   * Avro logical type: uuid.
   */
  readonly noticeId: string;
  /** Id of the city node whose events are retracted (the source city of the anonymised events). */
  readonly city: string;
  /** Ids of the retracted anonymised events (random UUIDs, the record keys of safety.events.anonymised.v1), sorted; they identify no one on their own. */
  readonly eventIds: ReadonlyArray<string>;
  /** Why the events are retracted. */
  readonly reason: RetractionReason;
  /**
   * When the consent ended (revocation or expiry time from the consent ledger), UTC epoch millis; withdrawal latency is measured from it.
   * Avro logical type: timestamp-millis.
   */
  readonly retractedAt: number;
}

/** Symbols of {@link RetractionReason}, in schema order. */
export const retractionReasonSymbols = [
  'consentRevoked',
  'consentExpired',
] as const;

/**
 * Reasons a city retracts events it shared.
 * Avro: `mesh.safety.RetractionReason`.
 */
export type RetractionReason = (typeof retractionReasonSymbols)[number];
