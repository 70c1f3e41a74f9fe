export * from './domain';
export * from './withdrawal';
