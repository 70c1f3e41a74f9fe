// Generated from schemas/agreements/AgreementTerminated.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * The agreement ended for good; nothing more replicates under it.
 * Avro: `mesh.agreements.AgreementTerminated`.
 */
export interface AgreementTerminated {
  /** Id of the agreement aggregate. */
  readonly agreementId: string;
  /** Reason code (e.g. expired, breach, mutualConsent); a code, never free text. */
  readonly reasonCode: string;
  /**
   * When it ended, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly terminatedAt: number;
}
