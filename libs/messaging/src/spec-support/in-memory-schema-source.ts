import type { Schema } from 'avsc';
import { Type } from 'avsc';
import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import type { SchemaSource } from '../registry/schema-source';
import type { SubjectVersionSource } from '../registry/subject-versions';

/** A schema registry in memory, for specs: ids from 1, latest version per subject, lookups counted. */
export class InMemorySchemaSource implements SchemaSource, SubjectVersionSource {
  readonly lookups: string[] = [];
  private readonly types = new Map<number, Type>();
  private readonly latest = new Map<string, number>();
  private readonly versions = new Map<string, number[]>();

  register(subject: string, schema: Schema): number {
    const id = this.types.size + 1;
    this.types.set(id, Type.forSchema(schema));
    this.latest.set(subject, id);
    this.versions.set(subject, [...(this.versions.get(subject) ?? []), id]);
    return id;
  }

  async getLatestSchemaId(subject: string): Promise<number> {
    this.lookups.push(`subject:${subject}`);
    const id = this.latest.get(subject);
    if (id === undefined) throw new ContractError(MessagingErrorCode.SubjectNotFound, `no schema under ${subject}`);
    return id;
  }

  async schemaIdsOf(subject: string): Promise<readonly number[]> {
    this.lookups.push(`versions:${subject}`);
    const ids = this.versions.get(subject);
    if (!ids) throw new ContractError(MessagingErrorCode.SubjectNotFound, `no schema under ${subject}`);
    return [...ids];
  }

  async getSchema(schemaId: number): Promise<Type> {
    this.lookups.push(`id:${schemaId}`);
    const type = this.types.get(schemaId);
    if (!type) throw new ContractError(MessagingErrorCode.UnknownSchemaId, `schema id ${schemaId} is not in the registry`);
    return type;
  }
}
