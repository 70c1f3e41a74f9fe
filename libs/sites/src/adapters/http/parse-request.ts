import { randomUUID } from 'node:crypto';
import { ValidationError, zodViolationsOf } from '@usm/errors';
import type { Principal } from '@usm/security';
import type { z } from 'zod';
import type { CommandContext } from '../../application/command-context';
import { commandHeaders } from './request-schemas';

/** Code of a request that breaks the API's input rules (HTTP 400). */
export const invalidRequestCode = 'SITES.INVALID_REQUEST';

/** Parses one part of a request (`body`, `params`, `query`, `headers`), naming every broken field and rule. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, part: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ValidationError(invalidRequestCode, zodViolationsOf(result.error.issues, { root: part, unknownKeyMessage: 'is not a known field' }).map((v) => ({ ...v, field: v.field === part ? part : `${part}.${v.field}` })));
}

/** The command context: the actor is the token's subject, the idempotency key the `Idempotency-Key` header or a new id. */
export function commandContextOf(headers: unknown, caller: Principal): CommandContext {
  const key = parseRequest(commandHeaders, headers, 'headers')['idempotency-key'];
  return { actor: caller.subject, commandId: key ?? randomUUID(), now: new Date() };
}
