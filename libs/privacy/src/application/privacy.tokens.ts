/** Injection tokens of the privacy context. */
export const PRIVACY_OPTIONS = Symbol('PRIVACY_OPTIONS');
/** The validated policy and the pseudonymiser its key configures (`LoadedPrivacyPolicy`). */
export const LOADED_PRIVACY_POLICY = Symbol('LOADED_PRIVACY_POLICY');
/** The `LegalBasisGate` the pipeline asks before releasing an event. */
export const LEGAL_BASIS_GATE = Symbol('LEGAL_BASIS_GATE');
/** The city's `SourceSystemRegistry`: which systems may claim which legal bases. */
export const SOURCE_SYSTEM_REGISTRY = Symbol('SOURCE_SYSTEM_REGISTRY');
/** The `PrivacyMetrics` port. */
export const PRIVACY_METRICS = Symbol('PRIVACY_METRICS');
