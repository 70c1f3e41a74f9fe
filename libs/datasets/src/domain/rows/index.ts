export * from './source-event';
export * from './dataset-row';
