// Letter values of Taiwan's identity numbers (not alphabetical: I, O, W… were added later).
const letterValues = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

function valueOf(letter: string): number | undefined {
  const index = letterValues.indexOf(letter.toUpperCase());
  return index < 0 ? undefined : index + 10;
}

/**
 * Whether a Taiwanese identity or resident certificate number passes its checksum: the area letter as two
 * digits weighted 1 and 9, then eight digits weighted 8 to 1, then the check digit; the sum ends in 0. The
 * old resident certificates carry a second letter, which counts by the last digit of its value.
 */
export function passesTaiwanIdChecksum(value: string): boolean {
  const area = valueOf(value[0] ?? '');
  const second = value[1] ?? '';
  const secondDigit = second >= '0' && second <= '9' ? Number(second) : (valueOf(second) ?? Number.NaN) % 10;
  if (area === undefined || Number.isNaN(secondDigit) || value.length !== 10) return false;
  let sum = Math.floor(area / 10) + (area % 10) * 9 + secondDigit * 8;
  for (let index = 2; index < 9; index++) sum += Number(value[index]) * (9 - index);
  return (sum + Number(value[9])) % 10 === 0;
}
