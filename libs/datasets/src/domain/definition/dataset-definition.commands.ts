import type { DomainCommand } from '@usm/event-sourcing';
import type { DatasetDefinition } from './dataset-definition';

/** Define a new dataset; the definition must already be parsed (parseDatasetDefinition). */
export type DefineDataset = DomainCommand<'DefineDataset', { readonly definitionId: string; readonly definition: DatasetDefinition }>;

/** Replace a dataset's definition; later releases are built from the new version. */
export type ReviseDataset = DomainCommand<'ReviseDataset', { readonly definitionId: string; readonly definition: DatasetDefinition }>;

export type DatasetDefinitionCommand = DefineDataset | ReviseDataset;
