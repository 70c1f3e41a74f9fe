import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562 custom) derived from the parts: the same fact gets the same label id on every
 * delivery, so a redelivered event or a repeated request publishes a duplicate consumers can drop by id.
 */
export function stableLabelId(...parts: readonly string[]): string {
  const bytes = createHash('sha256').update(parts.join('\u001f')).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
