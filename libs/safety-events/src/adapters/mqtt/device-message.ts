import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import { ingestErrorCodes } from '../../application/ingest-errors';

/** What a device sent, as JSON; throws the same `ValidationError` as HTTP ingest when it is not JSON. */
export function parseDeviceMessage(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString('utf8')) as unknown;
  } catch {
    throw refused({ field: '(payload)', rule: 'json', message: 'must be one JSON event object' });
  }
}

/** A device may only speak for itself: `source.systemId` must be the topic's last level (the contract checks the rest). */
export function assertOwnSystemId(body: unknown, systemId: string): void {
  const source = typeof body === 'object' && body !== null ? (body as { source?: unknown }).source : undefined;
  const claimed = typeof source === 'object' && source !== null ? (source as { systemId?: unknown }).systemId : undefined;
  if (typeof claimed === 'string' && claimed !== systemId) {
    throw refused({ field: 'source.systemId', rule: 'topic-system-id', message: 'must equal the last level of the MQTT topic the device published to' });
  }
}

const refused = (violation: FieldViolation): ValidationError => new ValidationError(ingestErrorCodes.invalidEvents, [violation]);
