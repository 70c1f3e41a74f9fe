/** Settings of dataset withdrawal. */
export const WITHDRAWAL_OPTIONS = Symbol('WITHDRAWAL_OPTIONS');
/** The `ReleaseSupersession` withdrawal drives. */
export const RELEASE_SUPERSESSION = Symbol('RELEASE_SUPERSESSION');
/** The local subject index (`SubjectEventsQuery`). */
export const SUBJECT_EVENTS = Symbol('SUBJECT_EVENTS');
/** The PostgreSQL withdrawal store; also what answers `retractedAmong` for builds. */
export const WITHDRAWAL_STORE = Symbol('WITHDRAWAL_STORE');
/** Withdrawal's kafkajs client (the datasets principal). */
export const WITHDRAWAL_KAFKA = Symbol('WITHDRAWAL_KAFKA');
/** Withdrawal's codec over this city's registry. */
export const WITHDRAWAL_CODEC = Symbol('WITHDRAWAL_CODEC');
/** Withdrawal's publisher of own notices (connected at bootstrap). */
export const WITHDRAWAL_PUBLISHER = Symbol('WITHDRAWAL_PUBLISHER');
