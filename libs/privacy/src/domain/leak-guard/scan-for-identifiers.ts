import { detectIdentifiers } from '../detection/detect-identifiers';
import type { IdentifierHit } from '../detection/identifier-kind';
import { decodeUtf8 } from './decode-utf8';

/**
 * Identifiers the detectors find in arbitrary bytes, decoded as UTF-8. Offsets are into the decoded text.
 * Long numbers in binary or JSON (epoch millis) can read as cards; callers scanning encoded records
 * should look at the kinds they expect never to see.
 */
export function scanForIdentifiers(bytes: Uint8Array | string): IdentifierHit[] {
  return detectIdentifiers(decodeUtf8(bytes));
}
