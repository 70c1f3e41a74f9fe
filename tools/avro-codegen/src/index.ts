export * from './generated-file';
export * from './generate-contract-types';
export * from './generated-files-on-disk';
export * from './generated-dir';
