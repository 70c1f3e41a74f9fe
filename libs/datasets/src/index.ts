export * from './domain';
export * from './artifacts';
export * from './datasets.module';
export * from './datasets.options';
export * from './datasets.tokens';
export * from './application';
export * from './adapters';
export * from './withdrawal';
