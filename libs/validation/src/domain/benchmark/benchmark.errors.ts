import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';

export const BenchmarkErrorCode = {
  Invalid: 'VALIDATION.BENCHMARK_INVALID',
  NotFound: 'VALIDATION.BENCHMARK_NOT_FOUND',
  AlreadyDefined: 'VALIDATION.BENCHMARK_ALREADY_DEFINED',
  Retired: 'VALIDATION.BENCHMARK_RETIRED',
  SameCriteriaVersion: 'VALIDATION.BENCHMARK_SAME_CRITERIA_VERSION',
} as const;
export type BenchmarkErrorCode = (typeof BenchmarkErrorCode)[keyof typeof BenchmarkErrorCode];

export const benchmarkInvalid = (violations: readonly FieldViolation[]): ValidationError => new ValidationError(BenchmarkErrorCode.Invalid, violations);
export const benchmarkRefused = (code: BenchmarkErrorCode, message: string): RuleViolationError => new RuleViolationError(code, message, { details: { rule: code } });
export const benchmarkNotFound = (benchmarkId: string): NotFoundError =>
  new NotFoundError(BenchmarkErrorCode.NotFound, `no benchmark ${benchmarkId}`, { details: { benchmarkId } });
