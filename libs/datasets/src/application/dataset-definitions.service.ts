import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import { parseDatasetDefinition } from '../domain/definition/parse-dataset-definition';
import type { Clock } from './ports';
import type { ReleaseLedger } from './release-ledger.port';

/** Defines datasets (validated by the domain, recorded in the definition's stream) and reads them back. */
export class DatasetDefinitions {
  constructor(
    private readonly ledger: ReleaseLedger,
    private readonly clock: Clock,
  ) {}

  async define(input: unknown, actor: string): Promise<{ definitionId: string; version: number }> {
    const definition = parseDatasetDefinition(input);
    const { version } = await this.ledger.defineDataset(definition, { actor, now: this.clock.now() });
    return { definitionId: definition.definitionId, version };
  }

  get(definitionId: string): Promise<{ definition: DatasetDefinition; version: number } | undefined> {
    return this.ledger.definitionOf(definitionId);
  }
}
