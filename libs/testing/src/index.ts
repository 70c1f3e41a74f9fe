export * from './stack-description';
export * from './read-stack';
export * from './unique-name';
export * from './wait-for';
