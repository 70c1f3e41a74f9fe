const internationalPrefix = /^\s*(?:\+|00)/;
const nonDigits = /\D/g;
const leadingDoubleZero = /^00/;
const trunkZero = /^0/;

/**
 * National spellings of an international phone number: `+82 10 1234 5678` is also written
 * `010-1234-5678`, and `+34 612 345 678` is `612 345 678`. Country codes are one to three digits.
 */
export function nationalVariants(value: string): string[] {
  const international = internationalPrefix.test(value);
  const digits = value.replace(nonDigits, '').replace(leadingDoubleZero, '');
  if (!international || digits.length < 8) return [];
  return [1, 2, 3]
    .map((countryCode) => digits.slice(countryCode).replace(trunkZero, ''))
    .filter((rest) => rest.length >= 7)
    .flatMap((rest) => [`0${rest}`, rest]);
}
