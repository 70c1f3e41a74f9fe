import type { FieldViolation } from '@usm/errors';
import type { BodyReadRefusal } from './body-read-refusal';

/** A context's JSON answer to a body it could not read: `<prefix>.PAYLOAD_TOO_LARGE` / `.UNSUPPORTED_MEDIA_TYPE` / `.MALFORMED_REQUEST`. */
export interface BodyReadAnswer {
  readonly status: number;
  readonly body: { readonly code: string; readonly message: string; readonly violations: readonly FieldViolation[] };
}

const codeOfStatus = { 400: 'MALFORMED_REQUEST', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' } as const;

/** The answer in the shape every context uses for input errors: a code under its prefix and one `body` violation. */
export function bodyReadAnswer(codePrefix: string, refusal: BodyReadRefusal): BodyReadAnswer {
  const violations = [{ field: 'body', rule: refusal.rule, message: refusal.message }];
  return { status: refusal.status, body: { code: `${codePrefix}.${codeOfStatus[refusal.status]}`, message: refusal.message, violations } };
}
