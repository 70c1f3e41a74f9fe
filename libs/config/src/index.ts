export * from './env-fields';
export * from './read-environment';
