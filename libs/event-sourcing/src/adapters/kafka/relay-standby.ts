import { InfrastructureError } from '@usm/errors';
import { EventSourcingErrorCode } from '../../domain/event-sourcing-error-codes';

/** Another replica leads: not a failure to log, only a reason to wait and ask again. */
export function relayStandby(relayId: string): InfrastructureError {
  return new InfrastructureError(EventSourcingErrorCode.RelayStandby, 'another replica of this outbox relay leads; waiting in standby', { details: { relay: relayId } });
}

/** Whether a failed relay step only means another replica leads. */
export function isStandby(error: unknown): boolean {
  return error instanceof InfrastructureError && error.code === EventSourcingErrorCode.RelayStandby;
}

/** A failure as `/health` may show it: a code or an error type, never a message that could quote data. */
export function failureCodeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    if ('code' in error && typeof error.code === 'string') return error.code;
    if ('type' in error && typeof error.type === 'string') return error.type;
    if (error instanceof Error) return error.name;
  }
  return 'unknown';
}
