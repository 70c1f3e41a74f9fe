// YYMMDD, then the 7th digit (sex and century), then six digits, or six mask characters as printed on
// receipts: the visible birth date and sex digit are still quasi-identifying. No checksum test: numbers
// issued since October 2020 carry none. Separators are already collapsed by the normaliser.
const birthDate = String.raw`\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`;

/** A global regex for registration numbers whose 7th digit is one of `seventh` (a character class body). */
export function registrationNumberPattern(seventh: string): RegExp {
  return new RegExp(String.raw`(?<!\d)${birthDate}(?: ?[.\-] ?| )?[${seventh}](?:\d{6}|[*xX●]{6})(?![\d*])`, 'g');
}
