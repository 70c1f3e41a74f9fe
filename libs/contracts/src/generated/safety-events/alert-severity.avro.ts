// Generated from schemas/safety-events/AlertSeverity.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/** Symbols of {@link AlertSeverity}, in schema order. */
export const alertSeveritySymbols = [
  'informational',
  'low',
  'medium',
  'high',
  'critical',
] as const;

/**
 * Severity of the alert, one to one with the FIWARE Smart Data Models Alert `severity`.
 * Avro: `mesh.safety.AlertSeverity`.
 */
export type AlertSeverity = (typeof alertSeveritySymbols)[number];
