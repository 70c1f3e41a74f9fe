/** Test-only helpers (imported from specs): `@usm/labels/testing`. */
export { anonymisedEvent } from './testing/anonymised-events.fixture';
export * from './testing/in-memory-labels-ports';
