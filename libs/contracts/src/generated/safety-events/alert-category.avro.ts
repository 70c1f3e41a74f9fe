// Generated from schemas/safety-events/AlertCategory.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/** Symbols of {@link AlertCategory}, in schema order. */
export const alertCategorySymbols = [
  'traffic',
  'naturalDisaster',
  'weather',
  'environment',
  'health',
  'security',
  'agriculture',
] as const;

/**
 * Category of the alert, one to one with the FIWARE Smart Data Models Alert `category` so cities already on FIWARE map without translation.
 * Avro: `mesh.safety.AlertCategory`.
 */
export type AlertCategory = (typeof alertCategorySymbols)[number];
