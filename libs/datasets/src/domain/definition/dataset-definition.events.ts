import type { DomainEvent } from '@usm/event-sourcing';
import type { DatasetDefinition } from './dataset-definition';

interface DefinitionVersionData {
  readonly definitionId: string;
  /** 1 for the first definition, +1 per revision. */
  readonly version: number;
  readonly definition: DatasetDefinition;
  readonly by: string;
  readonly at: number;
}

export type DatasetDefined = DomainEvent<'DatasetDefined', DefinitionVersionData>;
export type DatasetRevised = DomainEvent<'DatasetRevised', DefinitionVersionData>;
export type DatasetDefinitionEvent = DatasetDefined | DatasetRevised;
