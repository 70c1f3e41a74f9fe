export * from './env-fields';
export * from './read-environment';
export * from './database-url';
export * from './registry-credentials';
