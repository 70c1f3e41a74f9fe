import { ValidationError } from '@usm/errors';
import { DatasetsErrorCode } from '../datasets-error-codes';
import type { DatasetDefinition } from './dataset-definition';
import { datasetDefinitionSchema } from './dataset-definition.schema';
import { violationsOf } from './definition-violations';

/**
 * A validated definition with defaults filled in, or a ValidationError (DATASETS.INVALID_DEFINITION) naming
 * every broken field and rule.
 */
export function parseDatasetDefinition(input: unknown): DatasetDefinition {
  const parsed = datasetDefinitionSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new ValidationError(DatasetsErrorCode.InvalidDefinition, violationsOf(parsed.error.issues));
  return parsed.data;
}
