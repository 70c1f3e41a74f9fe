/** Nest tokens of the datasets context's ports (bound in DatasetsModule; ds-withdrawal overrides RETRACTED_EVENTS). */
export const RELEASE_LEDGER = Symbol('DATASETS_RELEASE_LEDGER');
export const RELEASE_RECORDS = Symbol('DATASETS_RELEASE_RECORDS');
export const RELEASE_INDEX = Symbol('DATASETS_RELEASE_INDEX');
export const SNAPSHOT_READER = Symbol('DATASETS_SNAPSHOT_READER');
export const RELEASE_PUBLISHER = Symbol('DATASETS_RELEASE_PUBLISHER');
export const RETRACTED_EVENTS = Symbol('DATASETS_RETRACTED_EVENTS');
export const COMPANY_AGREEMENTS = Symbol('DATASETS_COMPANY_AGREEMENTS');
export const ARTIFACT_STORE = Symbol('DATASETS_ARTIFACT_STORE');
export const DATASETS_OPTIONS = Symbol('DATASETS_OPTIONS');
export const DATASETS_KAFKA = Symbol('DATASETS_KAFKA');
export const SUBJECT_INDEX_FEED = Symbol('DATASETS_SUBJECT_INDEX_FEED');
