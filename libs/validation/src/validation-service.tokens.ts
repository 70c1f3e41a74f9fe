/** Nest injection tokens of the validation service module. */
export const CITY = Symbol('VALIDATION_CITY');
export const VALIDATION_OPTIONS = Symbol('VALIDATION_OPTIONS');
export const VALIDATION_KAFKA = Symbol('VALIDATION_KAFKA');
export const REGISTRY = Symbol('VALIDATION_REGISTRY');
export const RUNS = Symbol('VALIDATION_RUNS');
export const RUN_STORE = Symbol('VALIDATION_RUN_STORE');
export const RELEASE_CATALOG = Symbol('VALIDATION_RELEASE_CATALOG');
export const RESULT_FEED = Symbol('VALIDATION_RESULT_FEED');
export const RESULT_AVRO_PUBLISHER = Symbol('VALIDATION_RESULT_AVRO_PUBLISHER');
export const LEADERBOARD = Symbol('VALIDATION_LEADERBOARD');
