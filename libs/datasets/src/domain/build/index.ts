export * from './build-report';
export * from './build-rows';
export { rowIdOf } from './row-order';
