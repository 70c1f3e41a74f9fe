import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { DatasetsErrorCode } from '../datasets-error-codes';
import type { DatasetDefinition } from './dataset-definition';
import type { DefineDataset, ReviseDataset } from './dataset-definition.commands';
import { datasetDefinitionDecider } from './dataset-definition.decider';
import type { DatasetDefinitionEvent } from './dataset-definition.events';
import { definitionDocument } from './dataset-definition.spec-fixtures';
import { parseDatasetDefinition } from './parse-dataset-definition';

const spec = DeciderSpecification.for(datasetDefinitionDecider);
const now = Date.UTC(2026, 11, 4, 12);
const meta = { commandId: 'cmd-1', now: new Date(now), actor: 'steward-7' };
const first = parseDatasetDefinition(definitionDocument());
const second = parseDatasetDefinition(definitionDocument({ k: 10 }));
const defineCommand = (definition: DatasetDefinition = first): DefineDataset => ({ type: 'DefineDataset', data: { definitionId: 'school-zone-hazards', definition }, metadata: meta });
const reviseCommand = (definition: DatasetDefinition = second): ReviseDataset => ({ type: 'ReviseDataset', data: { definitionId: 'school-zone-hazards', definition }, metadata: meta });
const defined: DatasetDefinitionEvent = { type: 'DatasetDefined', data: { definitionId: 'school-zone-hazards', version: 1, definition: first, by: 'steward-7', at: now } };
const revised: DatasetDefinitionEvent = { type: 'DatasetRevised', data: { definitionId: 'school-zone-hazards', version: 2, definition: second, by: 'steward-7', at: now } };

describe('Dataset definition decider', () => {
  it('given nothing, when defined, then DatasetDefined as version 1 by the actor', () => {
    spec.given([]).when(defineCommand()).then([defined]);
  });

  it('given a defined dataset, when defined again, then refused as existing', () => {
    spec.given([defined]).when(defineCommand()).thenThrows(RuleViolationError, DatasetsErrorCode.DefinitionExists);
  });

  it('given nothing, when a definition names another id, then refused as a mismatch', () => {
    const other = parseDatasetDefinition(definitionDocument({ definitionId: 'other-dataset' }));
    spec.given([]).when(defineCommand(other)).thenThrows(RuleViolationError, DatasetsErrorCode.DefinitionIdMismatch);
  });

  it('given a defined dataset, when revised, then DatasetRevised as version 2', () => {
    spec.given([defined]).when(reviseCommand()).then([revised]);
  });

  it('given a revised dataset, when revised again, then the version counts on', () => {
    const third = parseDatasetDefinition(definitionDocument({ k: 20 }));
    spec
      .given([defined, revised])
      .when(reviseCommand(third))
      .then([{ type: 'DatasetRevised', data: { definitionId: 'school-zone-hazards', version: 3, definition: third, by: 'steward-7', at: now } }]);
  });

  it('given a defined dataset, when revised with the same definition, then nothing is recorded', () => {
    spec.given([defined]).when(reviseCommand(first)).then([]);
  });

  it('given nothing, when revised, then not found', () => {
    spec.given([]).when(reviseCommand()).thenThrows(NotFoundError, DatasetsErrorCode.DefinitionNotFound);
  });
});
