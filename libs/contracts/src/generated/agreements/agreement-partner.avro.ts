// Generated from schemas/agreements/AgreementPartner.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * The organisation a city shares data with.
 * Avro: `mesh.agreements.AgreementPartner`.
 */
export interface AgreementPartner {
  /** Id of the partner: a city id (lowercase ASCII) for a city, a registered organisation id for a company. */
  readonly partnerId: string;
  /** Legal name of the partner organisation (an organisation, never a person). */
  readonly name: string;
  /** Whether the partner is a city node or a company. */
  readonly kind: PartnerKind;
}

/** Symbols of {@link PartnerKind}, in schema order. */
export const partnerKindSymbols = [
  'city',
  'company',
] as const;

/**
 * Kind of partner organisation.
 * Avro: `mesh.agreements.PartnerKind`.
 */
export type PartnerKind = (typeof partnerKindSymbols)[number];
