export * from './env-fields';
export * from './read-environment';
export * from './kafka-env';
export * from './database-url';
export * from './registry-credentials';
export * from './partner-registries';
