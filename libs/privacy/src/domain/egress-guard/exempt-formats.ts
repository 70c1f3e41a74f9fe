import { isPolicyVersion } from '../policy/policy-version';

/** What the exemptions compare against: the key id the event's pseudonyms must carry. */
export interface ExemptionContext {
  readonly keyId: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const h3Cell = /^8[0-9a-f]{14}$/;
const keyIdFormat = /^[A-Za-z0-9._-]{1,64}$/;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pseudonym this key made: `hmac-sha256:<keyId>:` and 43 base64url characters (32 bytes), nothing else. */
function isPseudonymOf(keyId: string): (text: string) => boolean {
  const pattern = new RegExp(`^hmac-sha256:${escapeRegExp(keyId)}:[A-Za-z0-9_-]{43}$`);
  return (text) => pattern.test(text);
}

/**
 * Machine-made values the detectors would misread (hex digits of a pseudonym, a UUID's digit runs),
 * exempt only at the one path where the anonymiser writes them and only in their exact format. The
 * same string anywhere else, or a value at these paths that does not fit the format, is searched.
 */
export function exemptionsOf(context: ExemptionContext): ReadonlyMap<string, (text: string) => boolean> {
  const pseudonym = isPseudonymOf(context.keyId);
  return new Map<string, (text: string) => boolean>([
    ['eventId', (text) => uuid.test(text)],
    ['h3Cell', (text) => h3Cell.test(text)],
    ['reporterPseudonym', pseudonym],
    ['vehiclePseudonyms[]', pseudonym],
    ['privacy.policyVersion', isPolicyVersion],
    ['privacy.keyId', (text) => text === context.keyId && keyIdFormat.test(text)],
  ]);
}
