// Public API of the privacy context: the pure core of the privacy pipeline, its ports, and the policy
// loader. Test fixtures are in ./testing (a separate entry). The Nest module comes with the service.
export type { AnonymisedSafetyEvent, AnonymisedSource, PrivacyProvenance } from './domain/contract/anonymised-safety-event';
export type { GeoPoint, PostalAddress, RawSafetyEvent, Reporter, SafetyEventSource } from './domain/contract/raw-safety-event';
export type { AlertCategory, AlertSeverity, LegalBasis, SourceKind } from './domain/contract/safety-event-enums';
export { legalBases } from './domain/contract/safety-event-enums';
export { privacyErrorCodes } from './domain/privacy-error-codes';

export type { FieldAction, FieldActions, FieldPath } from './domain/policy/field-actions';
export { fieldRules } from './domain/policy/field-rules';
export type { AgeBandSettings, GeneralisationSettings, PrivacyPolicy, PseudonymisationSettings, SecretSource } from './domain/policy/privacy-policy';
export { policyDefaults } from './domain/policy/policy-defaults';
export { validatePrivacyPolicy } from './domain/policy/validate-privacy-policy';

export { anonymiseEvent } from './domain/anonymisation/anonymise-event';
export { ageBandOf } from './domain/generalisation/age-band';
export { h3CellOf } from './domain/generalisation/h3-cell';
export { bucketStartOf } from './domain/generalisation/time-bucket';
export { normaliseEmail, normaliseName, normalisePhone, normalisePlate } from './domain/pseudonymisation/normalise-identifier';

export { detectIdentifiers } from './domain/detection/detect-identifiers';
export type { IdentifierHit, IdentifierKind, TextRange } from './domain/detection/identifier-kind';
export { identifierKinds } from './domain/detection/identifier-kind';
export type { KnownIdentifier } from './domain/scrubbing/known-identifier';
export type { ScrubKind } from './domain/scrubbing/placeholder';
export { placeholderOf } from './domain/scrubbing/placeholder';
export { scrubText } from './domain/scrubbing/scrub-text';

export type { GatedPurpose } from './domain/release/gated-purpose';
export { gatedPurposes } from './domain/release/gated-purpose';
export type { ReleaseDecision } from './domain/release/decide-release';
export { decideRelease } from './domain/release/decide-release';
export { policyLegalBasisGate } from './domain/release/policy-legal-basis-gate';
export type { KeptLocalReason, ReleaseVerdict } from './domain/release/decide-release';
export { releaseVerdict } from './domain/release/decide-release';
export type { RegisteredSourceSystem, SourceSystemRegistry } from './domain/release/source-system-registry';
export type { BasisVerdict, UnverifiedBasisReason } from './domain/release/verify-claimed-basis';
export { verifyClaimedBasis } from './domain/release/verify-claimed-basis';
export { defaultSourceSystemsPath, loadSourceSystems, sourceSystemsFromYaml } from './adapters/source-systems/load-source-systems';

export type { LeakGuard, LeakHit } from './domain/leak-guard/create-leak-guard';
export { createLeakGuard } from './domain/leak-guard/create-leak-guard';
export { scanForIdentifiers } from './domain/leak-guard/scan-for-identifiers';

export type { GateAnswer, LegalBasisGate, LegalBasisGateContext, Pseudonymiser, PseudonymPurpose } from './application/ports';
export { askLegalBasisGate } from './application/ask-legal-basis-gate';

export { createHmacPseudonymiser } from './adapters/crypto/hmac-pseudonymiser';
export type { LoadedPrivacyPolicy } from './adapters/policy/load-privacy-policy';
export { defaultPrivacyPolicyPath, loadPrivacyPolicy, privacyPolicyFromYaml } from './adapters/policy/load-privacy-policy';
export type { PolicyEnvironment, ReadSecretFile } from './adapters/policy/resolve-policy-secret';

export { PrivacyModule } from './privacy.module';
export type { PrivacyOptions } from './application/privacy.options';
export { PrivacyHeader } from './adapters/kafka/privacy-transform';
export { QuarantineHeader } from './adapters/kafka/egress-gate';
export type { EgressGuard, EgressVerdict, KnownValues } from './domain/egress-guard/guard-egress';
export { createEgressGuard, guardEgress } from './domain/egress-guard/guard-egress';
export type { EgressSettings, LegalBasisGateChoice } from './application/privacy.options';
export type { LedgerGateOptions } from './adapters/ledger/ledger-legal-basis-gate';
export { LedgerLegalBasisGate } from './adapters/ledger/ledger-legal-basis-gate';
export { ledgerPurposeOf } from './adapters/ledger/ledger-gate-query';
