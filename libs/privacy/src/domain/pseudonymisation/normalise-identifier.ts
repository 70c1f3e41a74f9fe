// Values are normalised before pseudonymising so that one person or vehicle gets one pseudonym however
// the source typed it. Full-width forms fold to ASCII first (NFKC), as Japanese and Chinese input produces them.

/** A plate as one token: upper case, no spaces, dashes, dots or middle dots (`12가 3456` → `12가3456`). */
export function normalisePlate(plate: string): string {
  return plate.normalize('NFKC').toUpperCase().replace(/[\s\-.·•]/gu, '');
}

/**
 * A phone number as `+` and digits. `00` becomes `+`; a national number with a trunk 0 becomes E.164
 * when the city's calling code is known (`010-1234-5678` with 82 → `+821012345678`).
 */
export function normalisePhone(phone: string, countryCode: string | null): string {
  const text = phone.normalize('NFKC').trim().replace(/\(0\)/g, '');
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (countryCode !== null && digits.startsWith('0')) return `+${countryCode}${digits.slice(1)}`;
  return digits;
}

/** An e-mail address trimmed and lower-cased (domains are case-insensitive, and so are mailboxes in practice). */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** A name with NFKC forms, collapsed whitespace and lower case. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
