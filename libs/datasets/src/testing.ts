/** Test-only helpers (specs, the bench): `@usm/datasets/testing`. */
export * from './testing/anonymised-event-generator';
export * from './testing/in-memory-release-stores';
