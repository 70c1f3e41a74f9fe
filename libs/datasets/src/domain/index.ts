export * from './datasets-error-codes';
export * from './definition';
export * from './rows';
export * from './filters';
export * from './splits';
export * from './anonymity';
export * from './build';
export * from './release';
