import type { FieldViolation } from '@usm/errors';
import type { z } from 'zod';

const pathOf = (path: readonly PropertyKey[]): string => (path.length === 0 ? 'definition' : path.map(String).join('.'));

// Rules are kebab-case; a missing key is `required` rather than a type mismatch (needs `reportInput`, the
// input itself is never copied out).
function ruleOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' && typeof issue.params?.['rule'] === 'string') return issue.params['rule'];
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) return 'required';
  return issue.code.replace(/_/g, '-');
}

/** One violation per zod issue naming the key path; one per key for unknown keys. */
export function violationsOf(issues: readonly z.core.$ZodIssue[]): FieldViolation[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: pathOf([...issue.path, key]), rule: 'unknown-key', message: 'is not a definition setting' }))
      : [{ field: pathOf(issue.path), rule: ruleOf(issue), message: issue.message }],
  );
}
