import { createHmac } from 'node:crypto';
import { createHmacPseudonymiser } from './hmac-pseudonymiser';

const secret = Buffer.from('a-test-secret-of-at-least-thirty-two-bytes', 'utf8');

describe('createHmacPseudonymiser', () => {
  const pseudonymise = createHmacPseudonymiser('k2026', secret);

  it('writes hmac-sha256:<keyId>:<base64url of the HMAC of purpose, unit separator, value>', () => {
    const expected = createHmac('sha256', secret).update('vehicle-plate\u001f12가3456', 'utf8').digest('base64url');
    expect(pseudonymise('12가3456', 'vehicle-plate')).toBe(`hmac-sha256:k2026:${expected}`);
    expect(pseudonymise('12가3456', 'vehicle-plate')).toMatch(/^hmac-sha256:k2026:[A-Za-z0-9_-]{43}$/);
  });

  it('is deterministic', () => {
    expect(pseudonymise('tel:+821012345678', 'reporter')).toBe(createHmacPseudonymiser('k2026', Buffer.from(secret))('tel:+821012345678', 'reporter'));
  });

  it('keeps purposes apart', () => {
    expect(pseudonymise('ABC1234', 'reporter')).not.toBe(pseudonymise('ABC1234', 'vehicle-plate'));
  });

  it('changes every pseudonym with the key', () => {
    const other = createHmacPseudonymiser('k2026', Buffer.from('another-secret-of-at-least-thirty-two-bytes'));
    expect(other('12가3456', 'vehicle-plate')).not.toBe(pseudonymise('12가3456', 'vehicle-plate'));
  });

  it('does not contain the value', () => {
    expect(pseudonymise('hong@example.com', 'reporter')).not.toContain('hong');
  });
});
