export * from './stack-description';
export * from './read-stack';
export * from './unique-name';
export * from './wait-for';
export * from './within-time';
export * from './service-process';
export * from './free-port';
export * from './run-sql';
export * from './kafka-principal';
export * from './database-env';
export * from './registry-access';
export * from './identity';
export * from './secured-service-env';
export * from './mosquitto-broker';
export * from './deployment-env';
export * from './otlp-receiver';

export * from './city-node-config';
