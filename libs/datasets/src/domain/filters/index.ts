export * from './event-filter';
export * from './h3-area';
