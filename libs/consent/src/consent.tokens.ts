/** Nest injection tokens of the consent (ledger) context's ports. */
export const CLOCK = Symbol('CONSENT_CLOCK');
export const ID_GENERATOR = Symbol('CONSENT_ID_GENERATOR');
export const CONSENT_READ_MODEL = Symbol('CONSENT_READ_MODEL');
export const AGREEMENT_READ_MODEL = Symbol('AGREEMENT_READ_MODEL');
export const LEGAL_BASIS_GATE = Symbol('LEGAL_BASIS_GATE');
export const CONSENT_OPTIONS = Symbol('CONSENT_OPTIONS');
export const LEDGER_METRICS = Symbol('LEDGER_METRICS');
