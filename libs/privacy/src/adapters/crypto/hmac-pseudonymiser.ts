import { createHmac, createSecretKey } from 'node:crypto';
import type { Pseudonymiser } from '../../application/ports';

/**
 * HMAC-SHA-256 pseudonyms `hmac-sha256:<keyId>:<base64url>`. The purpose is mixed into the message so
 * pseudonym spaces stay apart; the key id is shown so a partner sees when the key rotated.
 */
export function createHmacPseudonymiser(keyId: string, secret: Uint8Array): Pseudonymiser {
  // A key object is imported once; a raw buffer would be imported again for every pseudonym.
  const key = createSecretKey(Buffer.from(secret));
  return (value, purpose) => {
    // One update of the whole message: each update is a call into the native binding, dearer than the concatenation.
    const digest = createHmac('sha256', key).update(`${purpose}\u001f${value}`, 'utf8').digest('base64url');
    return `hmac-sha256:${keyId}:${digest}`;
  };
}
