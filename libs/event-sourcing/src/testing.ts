/** Test-only helpers (imported from specs): `@usm/event-sourcing/testing`. */
export * from './decider/decider-specification';
export * from './adapters/in-memory/in-memory-event-store';
export * from './adapters/in-memory/in-memory-projection-store';
export * from './testing/event-store.contract';
export * from './testing/projection-store.contract';
