import { z } from 'zod';
import { zodViolationsOf } from './zod-violations';

const naming = { root: 'document', unknownKeyMessage: 'is not a document setting' };
const schema = z.strictObject({ name: z.string(), limit: z.number().refine((n) => n > 0, { params: { rule: 'positive' } }) });
const issuesOf = (input: unknown) => {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected issues');
  return result.error.issues;
};

describe('zodViolationsOf', () => {
  it('names a missing key `required`, a custom rule by its params, and each unknown key once', () => {
    expect(zodViolationsOf(issuesOf({ limit: -1, extra: 1, other: 2 }), naming)).toEqual([
      { field: 'name', rule: 'required', message: expect.any(String) },
      { field: 'limit', rule: 'positive', message: expect.any(String) },
      { field: 'extra', rule: 'unknown-key', message: 'is not a document setting' },
      { field: 'other', rule: 'unknown-key', message: 'is not a document setting' },
    ]);
  });

  it('names the root when the document itself is wrong, and never copies the input into a message', () => {
    const violations = zodViolationsOf(issuesOf('secret-value'), naming);
    expect(violations).toEqual([{ field: 'document', rule: 'invalid-type', message: expect.any(String) }]);
    expect(JSON.stringify(violations)).not.toContain('secret-value');
  });
});
