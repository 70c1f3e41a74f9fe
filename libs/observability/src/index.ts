export * from './observability.module';
export * from './observability.options';
export * from './observability.tokens';
export * from './health/health-checks';
export * from './health/mesh-health-indicator';
export * from './health/kafka-broker.indicator';
export * from './health/schema-registry.indicator';
export * from './health/event-loop.indicator';
