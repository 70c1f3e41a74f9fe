export * from './dataset-row-columns';
