/** Port tokens of the safety-events context; the module binds adapters to them. */
export const INGEST_LEDGER = Symbol('INGEST_LEDGER');
export const RAW_EVENT_PUBLISHER = Symbol('RAW_EVENT_PUBLISHER');
export const INGEST_METRICS = Symbol('INGEST_METRICS');
export const CLOCK = Symbol('CLOCK');
export const ID_GENERATOR = Symbol('ID_GENERATOR');
export const SAFETY_EVENTS_OPTIONS = Symbol('SAFETY_EVENTS_OPTIONS');
