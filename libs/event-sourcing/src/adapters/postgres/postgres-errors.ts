import type { MeshError } from '@usm/errors';
import { InfrastructureError, ValidationError } from '@usm/errors';
import { EventSourcingErrorCode } from '../../domain/event-sourcing-error-codes';

/** Whether a TypeORM/pg error is a unique violation (SQLSTATE 23505) of `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driver = typeof error === 'object' && error !== null && 'driverError' in error ? error.driverError : error;
  if (typeof driver !== 'object' || driver === null) return false;
  return 'code' in driver && driver.code === '23505' && 'constraint' in driver && driver.constraint === constraint;
}

/** A database failure the caller may retry; the statement and its values stay in `cause`. */
export function storeUnavailable(action: string, cause: unknown): InfrastructureError {
  return new InfrastructureError(EventSourcingErrorCode.StoreUnavailable, `database failed while ${action}`, { cause });
}

/**
 * What a database error means to the caller: a value the database cannot keep (SQLSTATE class 22, data exception:
 * a NUL character, an invalid byte sequence, a number out of range) is the request's fault and is not retried; any
 * other failure is the store's, and may be retried. The statement and its values stay in `cause`.
 */
export function storeFailureOf(action: string, cause: unknown): MeshError {
  if (sqlStateOf(cause)?.startsWith('22')) {
    return new ValidationError(EventSourcingErrorCode.ValueNotStorable, [{ field: 'request', rule: 'storable-value', message: `holds a value the store cannot keep while ${action}, such as a NUL character` }], { cause });
  }
  return storeUnavailable(action, cause);
}

function sqlStateOf(error: unknown): string | undefined {
  const driver = typeof error === 'object' && error !== null && 'driverError' in error ? error.driverError : error;
  return typeof driver === 'object' && driver !== null && 'code' in driver && typeof driver.code === 'string' ? driver.code : undefined;
}
