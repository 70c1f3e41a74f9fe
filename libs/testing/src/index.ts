export * from './stack-description';
export * from './read-stack';
export * from './unique-name';
export * from './wait-for';
export * from './service-process';
export * from './free-port';
export * from './run-sql';
export * from './database-env';
