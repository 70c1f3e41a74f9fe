import type { IdentifierKind } from '../detection/identifier-kind';
import { identifierKinds } from '../detection/identifier-kind';

/** What a scrubbed span was: a detected kind, or a value the event itself names (reporter, device, address). */
export type ScrubKind = IdentifierKind | 'name' | 'device' | 'address';

/** The typed placeholder that replaces each kind of span. */
export const placeholderOf: Readonly<Record<ScrubKind, string>> = {
  rrn: '[RRN]',
  phone: '[PHONE]',
  email: '[EMAIL]',
  plate: '[PLATE]',
  ip: '[IP]',
  mac: '[MAC]',
  card: '[CARD]',
  url: '[URL]',
  geo: '[GEO]',
  name: '[NAME]',
  device: '[DEVICE]',
  address: '[ADDRESS]',
};

const scrubKinds: readonly ScrubKind[] = [...identifierKinds, 'name', 'device', 'address'];

/** Tie-break between kinds when two spans start at the same offset. */
export const scrubRankOf = (kind: ScrubKind): number => scrubKinds.indexOf(kind);
