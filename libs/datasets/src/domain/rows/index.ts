export * from './source-event';
export * from './dataset-row';
export * from './source-position';
export * from './label-join';
