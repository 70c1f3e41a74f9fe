import type { z } from 'zod';
import type { FieldViolation } from './error-kinds';

/** How a document's violations are named: its root (`policy`, `definition`) and what an unknown key is not. */
export interface ViolationNaming {
  readonly root: string;
  readonly unknownKeyMessage: string;
}

// Rules read kebab-case; a missing key is `required` rather than a type mismatch (needs zod's `reportInput`;
// the input itself is never copied out, so no value reaches the message).
function ruleOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' && typeof issue.params?.['rule'] === 'string') return issue.params['rule'];
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) return 'required';
  return issue.code.replace(/_/g, '-');
}

/** One violation per zod issue naming the key path; one per key for unknown keys. */
export function zodViolationsOf(issues: readonly z.core.$ZodIssue[], naming: ViolationNaming): FieldViolation[] {
  const pathOf = (path: readonly PropertyKey[]): string => (path.length === 0 ? naming.root : path.map(String).join('.'));
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: pathOf([...issue.path, key]), rule: 'unknown-key', message: naming.unknownKeyMessage }))
      : [{ field: pathOf(issue.path), rule: ruleOf(issue), message: issue.message }],
  );
}
