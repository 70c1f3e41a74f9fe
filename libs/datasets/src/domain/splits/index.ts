export * from './split-hash';
export * from './split-of';
