export * from './domain';
export * from './artifacts';
