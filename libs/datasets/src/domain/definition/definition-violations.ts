import type { FieldViolation } from '@usm/errors';
import { zodViolationsOf } from '@usm/errors';
import type { z } from 'zod';

/** One violation per zod issue naming the key path; one per key for unknown keys. */
export const violationsOf = (issues: readonly z.core.$ZodIssue[]): FieldViolation[] =>
  zodViolationsOf(issues, { root: 'definition', unknownKeyMessage: 'is not a definition setting' });
