// Generated from schemas/shared/LegalBasis.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/** Symbols of {@link LegalBasis}, in schema order. */
export const legalBasisSymbols = [
  'consent',
  'statute',
  'publicTask',
  'pseudonymisedResearch',
] as const;

/**
 * Legal basis under which personal data is processed. Shared by safety events and consent records so a dataset build can match an event's basis to the subject's consent.
 * Avro: `mesh.shared.LegalBasis`.
 */
export type LegalBasis = (typeof legalBasisSymbols)[number];
