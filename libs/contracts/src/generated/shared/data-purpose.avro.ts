// Generated from schemas/shared/DataPurpose.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/** Symbols of {@link DataPurpose}, in schema order. */
export const dataPurposeSymbols = [
  'operationalSafety',
  'statistics',
  'research',
  'aiTraining',
  'aiValidation',
] as const;

/**
 * Purpose data is used for; consent is given, and agreements are made, per purpose.
 * Avro: `mesh.shared.DataPurpose`.
 */
export type DataPurpose = (typeof dataPurposeSymbols)[number];
