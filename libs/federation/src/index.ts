export * from './domain/replication-flow';
export * from './domain/federation-errors';
export * from './domain/build-replication-plan';
export * from './domain/mirror-maker-properties';
