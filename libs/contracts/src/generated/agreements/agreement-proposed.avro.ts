// Generated from schemas/agreements/AgreementProposed.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * The draft was sent to the partner for signature; its terms are frozen from here on.
 * Avro: `mesh.agreements.AgreementProposed`.
 */
export interface AgreementProposed {
  /** Id of the agreement aggregate. */
  readonly agreementId: string;
  /**
   * Pseudonymous id of the city officer who proposed it.
   * @privacy quasi
   */
  readonly proposedBy: string;
  /**
   * When it was proposed, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly proposedAt: number;
}
