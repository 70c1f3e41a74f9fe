export * from './domain';
export * from './application/withdrawal.ports';
export * from './application/withdrawal.service';
export * from './application/notice-id';
export * from './adapters/postgres/postgres-withdrawal-store';
export * from './datasets-withdrawal.options';
export * from './datasets-withdrawal.tokens';
export * from './datasets-withdrawal.module';
