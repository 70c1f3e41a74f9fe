import { ValidationError } from '@usm/errors';
import type { Principal } from '@usm/security';
import type { CommandContext } from '../../application/command-receipt';
import { invalidRequestCode, parseRequest } from './parse-request';
import { commandHeaders } from './request-schemas';

/**
 * The command context of a request: the idempotency key comes from the `Idempotency-Key` header or the
 * body's `commandId` (both may be given only if they agree), the expected version from the body, the actor
 * from the verified token's subject (never from a header).
 */
export function commandContextOf(headers: unknown, body: { readonly commandId?: string; readonly expectedVersion?: number }, caller: Principal): CommandContext {
  const parsed = parseRequest(commandHeaders, headers, 'headers');
  const fromHeader = parsed['idempotency-key'];
  if (fromHeader !== undefined && body.commandId !== undefined && fromHeader !== body.commandId) {
    throw new ValidationError(invalidRequestCode, [
      { field: 'body.commandId', rule: 'matches-idempotency-key', message: 'must equal the Idempotency-Key header when both are given' },
    ]);
  }
  const commandId = fromHeader ?? body.commandId;
  return {
    actor: caller.subject,
    ...(commandId === undefined ? {} : { commandId }),
    ...(body.expectedVersion === undefined ? {} : { expectedVersion: body.expectedVersion }),
  };
}
