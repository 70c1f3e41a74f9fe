/** Whether a string of digits passes the Luhn check (payment cards, IMEIs). */
export function passesLuhn(digits: string): boolean {
  if (digits.length === 0) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The check digit that makes `payload` followed by it pass the Luhn check. */
export function luhnCheckDigit(payload: string): string {
  for (let digit = 0; digit <= 9; digit++) if (passesLuhn(`${payload}${digit}`)) return String(digit);
  throw new RangeError('payload must be digits');
}
