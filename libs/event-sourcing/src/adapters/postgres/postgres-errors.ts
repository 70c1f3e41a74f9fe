import { InfrastructureError } from '@usm/errors';
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
