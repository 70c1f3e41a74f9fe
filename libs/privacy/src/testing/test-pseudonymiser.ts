import type { Pseudonymiser } from '../application/ports';
import { createHmacPseudonymiser } from '../adapters/crypto/hmac-pseudonymiser';

/** A fixed secret for tests only; never a city's. */
export const testPseudonymisationSecret = 'test-only-secret-0123456789abcdef-not-for-production';

/** The real HMAC pseudonymiser with the test secret. */
export function testPseudonymiser(keyId = 'test-key'): Pseudonymiser {
  return createHmacPseudonymiser(keyId, Buffer.from(testPseudonymisationSecret, 'utf8'));
}
