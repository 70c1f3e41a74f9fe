import type { ConsentEvent, ConsentGranted } from './consent.events';

/** ConsentGranted as v1 wrote it: before `jurisdiction` existed. */
export type ConsentGrantedV1 = { readonly type: 'ConsentGranted'; readonly data: Omit<ConsentGranted['data'], 'jurisdiction'> };

/** A consent event as stored or decoded with its writer's schema: any version of its shape. */
export type StoredConsentEvent = ConsentEvent | ConsentGrantedV1;

/**
 * Brings an event of any schema version to the current shape, so every version folds alike.
 * Added field with a default (ConsentGranted v1 → v2): an absent `jurisdiction` becomes null, "not recorded".
 */
export function upcastConsentEvent(event: StoredConsentEvent): ConsentEvent {
  if (event.type !== 'ConsentGranted') return event;
  const { jurisdiction = null, ...rest } = event.data as ConsentGrantedV1['data'] & { readonly jurisdiction?: string | null };
  return { type: 'ConsentGranted', data: { ...rest, jurisdiction } };
}
