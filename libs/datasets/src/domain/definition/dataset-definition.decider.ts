import type { Decider } from '@usm/event-sourcing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { DatasetsErrorCode } from '../datasets-error-codes';
import type { DatasetDefinitionCommand, DefineDataset, ReviseDataset } from './dataset-definition.commands';
import type { DatasetDefinitionEvent } from './dataset-definition.events';
import type { DatasetDefinitionState } from './dataset-definition.state';

type Events = readonly DatasetDefinitionEvent[];

export const initialDefinitionState = (): DatasetDefinitionState => ({ status: 'none' });

/** Folds one definition event; one that does not fit is ignored. */
export function evolveDefinition(state: DatasetDefinitionState, event: DatasetDefinitionEvent): DatasetDefinitionState {
  switch (event.type) {
    case 'DatasetDefined':
      return state.status === 'none' ? { status: 'defined', definition: event.data.definition, version: event.data.version } : state;
    case 'DatasetRevised':
      return state.status === 'defined' && event.data.version === state.version + 1
        ? { status: 'defined', definition: event.data.definition, version: event.data.version }
        : state;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

function assertSameId(command: DatasetDefinitionCommand): void {
  if (command.data.definition.definitionId !== command.data.definitionId) {
    throw new RuleViolationError(DatasetsErrorCode.DefinitionIdMismatch, 'the definition names another definitionId', {
      details: { field: 'definition.definitionId', rule: DatasetsErrorCode.DefinitionIdMismatch, aggregateId: command.data.definitionId },
    });
  }
}

export function define(command: DefineDataset, state: DatasetDefinitionState): Events {
  assertSameId(command);
  const { definitionId, definition } = command.data;
  if (state.status !== 'none') {
    throw new RuleViolationError(DatasetsErrorCode.DefinitionExists, `dataset ${definitionId} is already defined; revise it instead`, {
      details: { rule: DatasetsErrorCode.DefinitionExists, aggregateId: definitionId },
    });
  }
  const { actor, now } = command.metadata;
  return [{ type: 'DatasetDefined', data: { definitionId, version: 1, definition, by: actor, at: now.getTime() } }];
}

/** A revision identical to the current definition records nothing (a retried command stays harmless). */
export function revise(command: ReviseDataset, state: DatasetDefinitionState): Events {
  assertSameId(command);
  const { definitionId, definition } = command.data;
  if (state.status === 'none') {
    throw new NotFoundError(DatasetsErrorCode.DefinitionNotFound, `no dataset ${definitionId}`, { details: { aggregateId: definitionId } });
  }
  if (JSON.stringify(state.definition) === JSON.stringify(definition)) return [];
  const { actor, now } = command.metadata;
  return [{ type: 'DatasetRevised', data: { definitionId, version: state.version + 1, definition, by: actor, at: now.getTime() } }];
}

export function decideDefinition(command: DatasetDefinitionCommand, state: DatasetDefinitionState): Events {
  switch (command.type) {
    case 'DefineDataset':
      return define(command, state);
    case 'ReviseDataset':
      return revise(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** The dataset definition aggregate as a decider. */
export const datasetDefinitionDecider: Decider<DatasetDefinitionCommand, DatasetDefinitionEvent, DatasetDefinitionState> = {
  initialState: initialDefinitionState,
  evolve: evolveDefinition,
  decide: decideDefinition,
};

const streamPrefix = 'dataset-';

/** Stream id of a definition: category `dataset`. */
export function datasetDefinitionStreamId(definitionId: string): string {
  return `${streamPrefix}${definitionId}`;
}
