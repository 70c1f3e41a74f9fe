// Generated from schemas/agreements/AgreementSuspended.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * Sharing under the agreement was paused; it can be activated again.
 * Avro: `mesh.agreements.AgreementSuspended`.
 */
export interface AgreementSuspended {
  /** Id of the agreement aggregate. */
  readonly agreementId: string;
  /** Reason code (e.g. breachInvestigation, partnerRequest); a code, never free text. */
  readonly reasonCode: string;
  /**
   * When sharing was paused, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly suspendedAt: number;
}
