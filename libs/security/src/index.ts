export * from './permissions';
export * from './personas';
