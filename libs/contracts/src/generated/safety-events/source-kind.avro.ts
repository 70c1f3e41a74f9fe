// Generated from schemas/safety-events/SourceKind.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/** Symbols of {@link SourceKind}, in schema order. */
export const sourceKindSymbols = [
  'cctvAnalytics',
  'trafficHazardDetector',
  'fireSensor',
  'smokeSensor',
  'crowdMonitor',
  'emergencyCall',
  'citizenReport',
] as const;

/**
 * Kind of city system that produced the event.
 * Avro: `mesh.safety.SourceKind`.
 */
export type SourceKind = (typeof sourceKindSymbols)[number];
