import { topicCatalog } from '@usm/contracts';
import type { Registry } from 'prom-client';
import type { EgressSettings } from '../../application/privacy.options';
import { defaultEgressSettings } from '../../application/privacy.options';
import { knownIdentifiersOf } from '../../domain/anonymisation/known-identifiers-of';
import type { ExemptionContext } from '../../domain/egress-guard/exempt-formats';
import { createEgressGuard } from '../../domain/egress-guard/guard-egress';
import type { EgressGate } from './egress-gate';
import { QuarantineMetrics } from './quarantine-metrics';
import { QuarantineRate } from './quarantine-rate';

/** The egress gate of the pipeline and the rate readiness watches. */
export interface BuiltEgressGate {
  readonly gate: EgressGate;
  readonly rate: QuarantineRate;
}

/**
 * The guard with the policy's key id (the only key whose pseudonyms are exempt), the node's city and the policy's attribute declarations, the catalog's
 * quarantine topic, `usm_privacy_quarantined_total{kind}` and the sliding quarantine rate.
 */
export function buildEgressGate(keyId: string, registry: Registry, overrides: Partial<EgressSettings> = {}, node: Omit<ExemptionContext, 'keyId'> = {}): BuiltEgressGate {
  const settings = { ...defaultEgressSettings, ...overrides };
  const metrics = new QuarantineMetrics(registry);
  const rate = new QuarantineRate({ windowMs: settings.windowMs, maxRate: settings.maxQuarantineRate, minRecords: settings.minRecords });
  const guard = createEgressGuard({ ...node, keyId });
  const gate: EgressGate = {
    guard: (event, raw) => guard(event, () => knownIdentifiersOf(raw)),
    quarantineTopic: settings.quarantineTopic ?? topicCatalog.safetyEventsQuarantine.name,
    guarded: (quarantined, kinds) => {
      rate.record(quarantined);
      if (quarantined) metrics.quarantined(kinds);
    },
  };
  return { gate, rate };
}
