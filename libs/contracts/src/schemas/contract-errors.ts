import { ContractError } from '@usm/errors';

/** A schema names a type that no file under `schemas/` declares. */
export function unknownNamedType(fullName: string, referencedFrom: string): ContractError {
  return new ContractError('CONTRACTS.UNKNOWN_TYPE', `${referencedFrom} refers to ${fullName}, which no .avsc file declares`, {
    details: { field: referencedFrom, rule: 'named type must exist' },
  });
}

/** Two .avsc files, or two definitions in one schema, declare the same full name. */
export function duplicateNamedType(fullName: string, where: string): ContractError {
  return new ContractError('CONTRACTS.DUPLICATE_TYPE', `${fullName} is declared twice (${where})`, {
    details: { rule: 'named types are unique', type: fullName },
  });
}

/** A file under `schemas/` is not a JSON Avro named type. */
export function invalidSchemaFile(file: string, cause: unknown): ContractError {
  return new ContractError('CONTRACTS.INVALID_SCHEMA_FILE', `${file} is not a JSON Avro record, enum or fixed`, {
    cause,
    details: { rule: 'schema file holds one named type', file },
  });
}
