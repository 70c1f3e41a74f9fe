/** Separates pseudonym spaces, so a plate and a phone number that happen to be equal map apart. */
export type PseudonymPurpose = 'reporter' | 'vehicle-plate';

/**
 * Port: a keyed, deterministic, one-way function of a value. The domain only calls it, so it stays free
 * of crypto; adapters/crypto implements it with HMAC-SHA-256 (`hmac-sha256:<keyId>:<base64url>`).
 */
export type Pseudonymiser = (value: string, purpose: PseudonymPurpose) => string;
