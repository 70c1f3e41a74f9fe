import type { DatasetDefinition } from './dataset-definition';

export type DatasetDefinitionState =
  | { readonly status: 'none' }
  | { readonly status: 'defined'; readonly definition: DatasetDefinition; readonly version: number };
