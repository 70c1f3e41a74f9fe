import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';
import type { MatchFit } from './find-matches';

// Country, two check digits, then up to 30 letters or digits, plain or in groups of four.
const candidate = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/g;
const alphanumeric = /[A-Z0-9]/;

/** Whether an IBAN without spaces passes ISO 13616's mod-97 check. */
export function passesIbanCheck(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

// Lengths of the countries whose accounts appear in the mesh's reports; an IBAN of another country is
// tried at every length, longest first, since a spaced IBAN may run into a following code (`… 1332 REF7`).
const lengths: Readonly<Record<string, number>> = {
  ES: 24, DE: 22, FR: 27, IT: 27, NL: 18, GB: 22, PT: 25, BE: 16, AT: 20, CH: 21, IE: 22, LU: 20, PL: 28, SE: 24, DK: 18,
};

// The candidate is at most 34 characters and 20 lengths, so this stays bounded.
const longestValid: MatchFit = (match) => {
  const text = match[0];
  let compact = '';
  const endOf: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (!alphanumeric.test(text[index] as string)) continue;
    compact += text[index];
    endOf.push(index + 1);
  }
  const known = lengths[compact.slice(0, 2)];
  const candidates = known === undefined ? Array.from({ length: Math.min(compact.length, 34) - 14 }, (_, i) => Math.min(compact.length, 34) - i) : [known];
  const length = candidates.find((candidate) => candidate <= compact.length && passesIbanCheck(compact.slice(0, candidate)));
  return length === undefined ? undefined : match.index + (endOf[length - 1] ?? 0);
};

/** International bank account numbers of any country, spaced or not, only with a valid check. */
export const ibanDetector: IdentifierDetector = {
  kind: 'iban',
  detect: (text: string): TextRange[] => findMatches(candidate, text, longestValid),
};
