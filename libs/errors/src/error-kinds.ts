import type { ErrorDetails, MeshErrorOptions } from './mesh-error';
import { MeshError } from './mesh-error';

/** One broken rule on one field, as reported to a caller. */
export interface FieldViolation {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** Input broke a rule; names every field and the rule it broke. */
export class ValidationError extends MeshError {
  readonly retriable = false;
  constructor(
    code: string,
    readonly violations: readonly FieldViolation[],
    options: MeshErrorOptions = {},
  ) {
    super(code, violations.map((v) => `${v.field}: ${v.message} (${v.rule})`).join('; '), {
      ...options,
      details: { ...options.details, field: violations[0]?.field, rule: violations[0]?.rule },
    });
  }
}

/** A command is not allowed in the aggregate's current state. */
export class RuleViolationError extends MeshError {
  readonly retriable = false;
}

export class NotFoundError extends MeshError {
  readonly retriable = false;
}

/** Optimistic concurrency: the aggregate moved on since the caller read it. */
export class ConcurrencyError extends MeshError {
  readonly retriable = false;
  constructor(
    code: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
    options: MeshErrorOptions = {},
  ) {
    super(code, `expected version ${expectedVersion} but found ${actualVersion}`, {
      ...options,
      details: { ...options.details, expectedVersion, actualVersion },
    });
  }
}

/** Schema, registry or decoding problem: retrying the same bytes cannot help, so the record goes to the DLQ. */
export class ContractError extends MeshError {
  readonly retriable = false;
}

/** A dependency (broker, registry, database) failed; the same call may succeed later. */
export class InfrastructureError extends MeshError {
  readonly retriable = true;
}

export type { ErrorDetails };
