// Generated from schemas/agreements/AgreementSigned.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * One party signed the agreement; it can be activated once both have.
 * Avro: `mesh.agreements.AgreementSigned`.
 */
export interface AgreementSigned {
  /** Id of the agreement aggregate. */
  readonly agreementId: string;
  /** Which side signed. */
  readonly party: AgreementParty;
  /**
   * Pseudonymous id of the person who signed for that side.
   * @privacy quasi
   */
  readonly signatoryId: string;
  /**
   * When it was signed, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly signedAt: number;
}

/** Symbols of {@link AgreementParty}, in schema order. */
export const agreementPartySymbols = [
  'city',
  'partner',
] as const;

/**
 * Side of an agreement.
 * Avro: `mesh.agreements.AgreementParty`.
 */
export type AgreementParty = (typeof agreementPartySymbols)[number];
