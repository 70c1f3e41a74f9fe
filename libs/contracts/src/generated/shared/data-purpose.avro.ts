// Generated from schemas/shared/DataPurpose.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/** Symbols of {@link DataPurpose}, in schema order. */
export const dataPurposeSymbols = [
  'operationalSafety',
  'statistics',
  'research',
  'aiTraining',
  'aiValidation',
  'crossBorderSharing',
] as const;

/**
 * Purpose data is used for; consent is given, and agreements are made, per purpose. crossBorderSharing: sharing anonymised events with partner cities or companies in another jurisdiction (GDPR Chapter V, PIPA Art. 28-8); last, because a new symbol is appended to stay BACKWARD_TRANSITIVE.
 * Avro: `mesh.shared.DataPurpose`.
 */
export type DataPurpose = (typeof dataPurposeSymbols)[number];
