import type { SafetyEventSource } from '../contract/raw-safety-event';
import type { SourceSystemRegistry } from './source-system-registry';

/** Why a claimed basis was not believed; bounded, so it may be a metric label. */
export type UnverifiedBasisReason = 'unregistered-system' | 'kind-not-registered-for-system' | 'basis-not-allowed-for-system';

/** Whether the event's source may claim the legal basis it claims. */
export type BasisVerdict = { readonly verified: true } | { readonly verified: false; readonly reason: UnverifiedBasisReason };

/**
 * A source's claim is believed only when its system is registered with the city, as the kind it says it
 * is, and may claim that basis: an unknown producer, or a CCTV box claiming a citizen's consent, stays local.
 */
export function verifyClaimedBasis(source: SafetyEventSource, registry: SourceSystemRegistry): BasisVerdict {
  const system = registry.systems.get(source.systemId);
  if (system === undefined) return { verified: false, reason: 'unregistered-system' };
  if (system.kind !== source.kind) return { verified: false, reason: 'kind-not-registered-for-system' };
  if (!system.legalBases.includes(source.legalBasis)) return { verified: false, reason: 'basis-not-allowed-for-system' };
  return { verified: true };
}
