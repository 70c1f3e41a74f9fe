// Generated from schemas/agreements/AgreementActivated.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * The agreement took effect: its topics replicate to the partner from now on.
 * Avro: `mesh.agreements.AgreementActivated`.
 */
export interface AgreementActivated {
  /** Id of the agreement aggregate. */
  readonly agreementId: string;
  /**
   * When it took effect, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly activatedAt: number;
}
