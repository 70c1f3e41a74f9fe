import type { ValidationError } from '@usm/errors';

/** What a device reads on its error topic: the event id when it had one, the code, and each field with its rule; never a value. */
export interface DeviceErrorReply {
  readonly code: string;
  readonly eventId?: string;
  readonly violations: readonly { readonly field: string; readonly rule: string; readonly message: string }[];
}

export function deviceErrorReplyOf(error: ValidationError, body: unknown): DeviceErrorReply {
  const eventId = typeof body === 'object' && body !== null ? (body as { eventId?: unknown }).eventId : undefined;
  return {
    code: error.code,
    // Only a UUID-shaped id is echoed, so a malformed id (which could hold anything) never goes back out.
    ...(typeof eventId === 'string' && /^[0-9a-f-]{36}$/i.test(eventId) ? { eventId } : {}),
    violations: error.violations.map(({ field, rule, message }) => ({ field, rule, message })),
  };
}
