import type { Transform, TransformResult } from '@usm/messaging';
import type { PrivacyMetrics } from '../../application/privacy-metrics';
import type { ReleaseOutcome } from '../../application/release-anonymised-event';
import type { AnonymisedSafetyEvent } from '../../domain/contract/anonymised-safety-event';
import type { RawSafetyEvent } from '../../domain/contract/raw-safety-event';
import type { LegalBasis } from '../../domain/contract/safety-event-enums';
import type { EgressKind } from '../../domain/egress-guard/guard-egress';
import type { KeptLocalReason } from '../../domain/release/decide-release';
import type { EgressGate } from './egress-gate';
import { quarantineRecordOf } from './egress-gate';

/** Provenance headers, so a consumer can route or refuse records by policy version or key without decoding. */
export const PrivacyHeader = {
  PolicyVersion: 'mesh.privacy.policy-version',
  KeyId: 'mesh.privacy.key-id',
} as const;

export interface PrivacyTransformDependencies {
  /** At once (no promise) when nothing needs waiting for: the transform then answers at once too. */
  readonly release: (raw: RawSafetyEvent) => ReleaseOutcome | Promise<ReleaseOutcome>;
  readonly metrics: PrivacyMetrics;
  readonly outputTopic: string;
  /** The egress guard every emitted event passes before it is written to the shareable topic. */
  readonly egress: EgressGate;
}

/**
 * The stream step of the privacy pipeline: an emitted event becomes one record on the anonymised topic
 * keyed by event id; a kept-local event is `skipped` and counted once its offset is committed. An event
 * the egress guard finds an identifier in goes to the local quarantine topic instead, with the detector
 * kinds in its headers. The raw record's headers are never copied: a source may have put personal data there.
 */
export function privacyTransform(dependencies: PrivacyTransformDependencies): Transform<RawSafetyEvent> {
  const { egress, metrics } = dependencies;
  // Made once: a closure made per record would keep the record's anonymised event alive until its chunk commits.
  const guardedClean = (): void => egress.guarded(false, []);
  const resultOf = (value: RawSafetyEvent, outcome: ReleaseOutcome): TransformResult => {
    if (outcome.kind === 'keep-local') return { outcome: 'skipped', outputs: [], afterCommit: keptLocal(metrics, outcome.basis, outcome.reason) };
    const verdict = egress.guard(outcome.event, value);
    if (!verdict.clean) {
      const quarantined = quarantineRecordOf(egress, outcome.event, verdict, provenanceOf(outcome.event));
      return { outcome: 'skipped', outputs: [quarantined], afterCommit: guardedQuarantined(egress, verdict.kinds) };
    }
    const output = { topic: dependencies.outputTopic, key: outcome.event.eventId, value: outcome.event, headers: provenanceOf(outcome.event) };
    return { outcome: 'processed', outputs: [output], afterCommit: guardedClean };
  };
  // A promise only when the release needs one (the consent ledger): a record costs no turn of the event loop otherwise.
  return ({ value }) => {
    const outcome = dependencies.release(value);
    return outcome instanceof Promise ? outcome.then((settled) => resultOf(value, settled)) : resultOf(value, outcome);
  };
}

const keptLocal = (metrics: PrivacyMetrics, basis: LegalBasis, reason: KeptLocalReason) => (): void => metrics.keptLocal(basis, reason);

const guardedQuarantined = (egress: EgressGate, kinds: readonly EgressKind[]) => (): void => egress.guarded(true, kinds);

function provenanceOf(event: AnonymisedSafetyEvent): Record<string, string> {
  return { [PrivacyHeader.PolicyVersion]: event.privacy.policyVersion, [PrivacyHeader.KeyId]: event.privacy.keyId };
}
