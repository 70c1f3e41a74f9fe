import type { SourceKind } from '../contract/safety-event-enums';

// Kept here rather than imported as a value: domain/ takes only types from @usm/contracts. A spec checks
// the list against the generated symbols.
/** Every mesh.safety.SourceKind symbol, in schema order. */
export const sourceKinds = [
  'cctvAnalytics', 'trafficHazardDetector', 'fireSensor', 'smokeSensor', 'crowdMonitor', 'emergencyCall', 'citizenReport',
] as const satisfies readonly SourceKind[];
