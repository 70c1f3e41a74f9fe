import type { Type } from 'avsc';
import { ContractError } from '@usm/errors';
import { PromiseCache } from '../registry/promise-cache';
import type { SchemaSource } from '../registry/schema-source';
import { FederatedErrorCode } from './federated-error-codes';

/**
 * A partner city's registry as a reader sees it: schemas by id, cached for the life of the process
 * (an id never changes meaning in a durable registry), and no way to look up or register a subject.
 */
export class ReadOnlySchemaSource implements SchemaSource {
  private readonly byId = new PromiseCache<number, Type>();

  constructor(
    private readonly city: string,
    private readonly source: Pick<SchemaSource, 'getSchema'>,
  ) {}

  getSchema(schemaId: number): Promise<Type> {
    return this.byId.get(schemaId, () => this.source.getSchema(schemaId));
  }

  async getLatestSchemaId(subject: string): Promise<number> {
    throw new ContractError(FederatedErrorCode.RemoteRegistryReadOnly, `the registry of ${this.city} is read-only here; ${subject} cannot be encoded against it`, {
      details: { subject, city: this.city },
    });
  }
}
