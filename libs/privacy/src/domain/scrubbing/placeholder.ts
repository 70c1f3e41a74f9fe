import type { IdentifierKind } from '../detection/identifier-kind';
import { identifierKinds } from '../detection/identifier-kind';
import { identifierRegistry } from '../detection/identifier-registry';

/** What a scrubbed span was: a detected kind, or a value the event itself names (device, address). */
export type ScrubKind = IdentifierKind | 'device' | 'address';

// Values only the event's own fields carry rank below every detected kind.
const knownOnly = { device: { placeholder: '[DEVICE]', priority: 10 }, address: { placeholder: '[ADDRESS]', priority: 5 } } as const;

/** The typed placeholder that replaces each kind of span, from the identifier registry. */
export const placeholderOf: Readonly<Record<ScrubKind, string>> = {
  ...(Object.fromEntries(identifierKinds.map((kind) => [kind, identifierRegistry[kind].placeholder])) as Record<IdentifierKind, string>),
  device: knownOnly.device.placeholder,
  address: knownOnly.address.placeholder,
};

/** Tie-break between kinds when two spans start at the same offset: lower ranks first (registry priority). */
export const scrubRankOf = (kind: ScrubKind): number =>
  kind === 'device' || kind === 'address' ? -knownOnly[kind].priority : -identifierRegistry[kind].priority;
