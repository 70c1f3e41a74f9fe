import type { RawSafetyEvent } from '../contract/raw-safety-event';
import type { KnownIdentifier } from '../scrubbing/known-identifier';
import type { ScrubKind } from '../scrubbing/placeholder';

const entry = (kind: ScrubKind, value: string | null | undefined): KnownIdentifier[] =>
  value === null || value === undefined || value.trim() === '' ? [] : [{ kind, value }];

/**
 * The values a raw event itself marks as identifying. Its free text is searched for them too, since a
 * caller's name or a plate typed into the description would otherwise escape detectors that cannot know names.
 */
export function knownIdentifiersOf(raw: RawSafetyEvent): KnownIdentifier[] {
  return [
    ...entry('name', raw.reporter?.name),
    ...entry('phone', raw.reporter?.phone),
    ...entry('email', raw.reporter?.email),
    ...raw.vehiclePlates.flatMap((plate) => entry('plate', plate)),
    ...raw.mediaLinks.flatMap((link) => entry('url', link)),
    ...entry('device', raw.deviceId),
    ...entry('address', raw.address?.streetAddress),
    ...entry('address', raw.address?.postalCode),
  ];
}
