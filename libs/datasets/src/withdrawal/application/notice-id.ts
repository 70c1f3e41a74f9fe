import { createHash } from 'node:crypto';

/** Namespace of notice ids (a fixed random UUID): ids of different kinds never collide. */
const noticeNamespace = Buffer.from('5d3f0c8e4b1a4f6e9a7d2c1b0e9f8a7d', 'hex');

/**
 * The notice id of the consent ledger event that caused it: a name-based UUID (RFC 9562 version 5) of that
 * event's random id, so a replayed consent event yields the same notice and partners record it once.
 */
export function noticeIdOf(consentEventId: string): string {
  const hash = createHash('sha1').update(noticeNamespace).update(consentEventId, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
